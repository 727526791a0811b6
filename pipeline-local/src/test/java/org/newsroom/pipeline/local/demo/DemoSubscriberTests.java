package org.newsroom.pipeline.local.demo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class DemoSubscriberTests {

	private static final byte[] KEY = "a key of the subscription, 32 b!".getBytes(StandardCharsets.UTF_8);

	private static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(KEY);

	private static final String BODY = "{\"type\":\"content.published\",\"data\":{\"contentId\":\"a-1\"}}";

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void verifiesEachDeliveryWithTheSecretItWasGivenAndRefusesAForgedOne(@TempDir Path logs) throws Exception {
		try (DemoSubscriber subscriber = DemoSubscriber.start(0, logs.resolve("demo.log"))) {
			URI hooks = subscriber.url();
			assertThat(put(hooks + "/desk/secret", SECRET)).isEqualTo(204);

			assertThat(deliver(hooks + "/desk", "a-1:1:published", sign(KEY, "a-1:1:published"))).isEqualTo(204);
			assertThat(deliver(hooks + "/desk", "a-1:2:updated", sign("another key".getBytes(), "a-1:2:updated")))
				.isEqualTo(401);
			assertThat(deliver(hooks + "/elsewhere", "a-1:1:published", "v1,AAAA")).isEqualTo(204);

			String listed = this.http
				.send(HttpRequest.newBuilder(hooks).GET().build(), HttpResponse.BodyHandlers.ofString())
				.body();
			assertThat(listed.lines()).hasSize(3);
			assertThat(listed).contains("desk content.published a-1:1:published signature verified",
					"desk content.published a-1:2:updated SIGNATURE DOES NOT VERIFY, answered 401",
					"elsewhere content.published a-1:1:published signature not checked: no secret for elsewhere");
			assertThat(Files.readAllLines(logs.resolve("demo.log"))).hasSize(3);
		}
	}

	@Test
	void refusesASecretThatIsNotAStandardWebhooksSecret(@TempDir Path logs) throws Exception {
		try (DemoSubscriber subscriber = DemoSubscriber.start(0, logs.resolve("demo.log"))) {
			assertThat(put(subscriber.url() + "/desk/secret", "hunter2")).isEqualTo(400);
		}
	}

	private int put(String url, String body) throws Exception {
		return this.http
			.send(HttpRequest.newBuilder(URI.create(url)).PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
					HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private int deliver(String url, String id, String signature) throws Exception {
		return this.http
			.send(HttpRequest.newBuilder(URI.create(url))
				.header("webhook-id", id)
				.header("webhook-timestamp", "1700000000")
				.header("webhook-signature", signature)
				.POST(HttpRequest.BodyPublishers.ofString(BODY))
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private static String sign(byte[] key, String id) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(key, "HmacSHA256"));
		byte[] signature = mac.doFinal((id + ".1700000000." + BODY).getBytes(StandardCharsets.UTF_8));
		return "v1," + Base64.getEncoder().encodeToString(signature);
	}

}
