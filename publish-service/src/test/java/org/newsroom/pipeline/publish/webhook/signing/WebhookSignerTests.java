package org.newsroom.pipeline.publish.webhook.signing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WebhookSignerTests {

	private static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

	private final WebhookSigner signer = new WebhookSigner(
			Clock.fixed(Instant.parse("2024-11-22T05:00:01Z"), ZoneOffset.UTC));

	@Test
	void reproducesTheStandardWebhooksTestVector() {
		byte[] body = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);

		assertThat(WebhookSigner.sign(SPEC_SECRET, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, body))
			.isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
	}

	@Test
	void signsWebhookPerStandardWebhooks() {
		String secret = new WebhookSecrets().generate();
		byte[] body = "{\"type\":\"content.published\",\"data\":{\"headline\":\"Bahnstreik ✓\"}}"
			.getBytes(StandardCharsets.UTF_8);

		Map<String, String> headers = this.signer.headers("art-1:2:published", body, List.of(secret));

		assertThat(headers).containsEntry("webhook-id", "art-1:2:published")
			.containsEntry("webhook-timestamp", "1732251601");
		assertThat(headers.get("webhook-signature")).startsWith("v1,");
		assertThat(IndependentVerifier.verify(secret, headers, body)).isTrue();
	}

	@Test
	void aChangedByteOfTheBodyFailsVerification() {
		String secret = new WebhookSecrets().generate();
		byte[] body = "{\"type\":\"content.updated\"}".getBytes(StandardCharsets.UTF_8);
		Map<String, String> headers = this.signer.headers("art-1:3:updated", body, List.of(secret));

		byte[] tampered = body.clone();
		tampered[10] ^= 1;

		assertThat(IndependentVerifier.verify(secret, headers, tampered)).isFalse();
		assertThat(IndependentVerifier.verify(new WebhookSecrets().generate(), headers, body)).isFalse();
	}

	@Test
	void signsWithEverySecretWhileOneIsRotated() {
		String old = new WebhookSecrets().generate();
		String next = new WebhookSecrets().generate();
		byte[] body = "{}".getBytes(StandardCharsets.UTF_8);

		Map<String, String> headers = this.signer.headers("art-1:1:published", body, List.of(old, next));

		assertThat(headers.get("webhook-signature").split(" ")).hasSize(2);
		assertThat(IndependentVerifier.verify(old, headers, body)).isTrue();
		assertThat(IndependentVerifier.verify(next, headers, body)).isTrue();
	}

	@Test
	void refusesASecretThatIsNotBase64WithoutRepeatingIt() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WebhookSigner.sign("whsec_not*base64!", "id", 1L, new byte[0]))
			.withMessageNotContaining("not*base64!");
	}

	/**
	 * A receiver as the Standard Webhooks specification describes one, not using the
	 * signer.
	 */
	static final class IndependentVerifier {

		static boolean verify(String secret, Map<String, String> headers, byte[] body) {
			try {
				byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
				Mac mac = Mac.getInstance("HmacSHA256");
				mac.init(new SecretKeySpec(key, "HmacSHA256"));
				String signed = headers.get("webhook-id") + "." + headers.get("webhook-timestamp") + ".";
				mac.update(signed.getBytes(StandardCharsets.UTF_8));
				byte[] expected = mac.doFinal(body);
				for (String signature : headers.get("webhook-signature").split(" ")) {
					String[] parts = signature.split(",", 2);
					if (parts[0].equals("v1")
							&& MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1]))) {
						return true;
					}
				}
				return false;
			}
			catch (Exception ex) {
				throw new AssertionError(ex);
			}
		}

	}

}
