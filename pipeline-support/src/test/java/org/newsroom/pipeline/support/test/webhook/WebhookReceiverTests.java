package org.newsroom.pipeline.support.test.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookReceiverTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void keepsEachDeliveryWithItsStandardWebhooksHeadersAndBody() throws Exception {
		try (WebhookReceiver receiver = WebhookReceiver.start()) {
			assertThat(post(receiver, "msg-1", "{\"type\":\"content.published\"}").statusCode()).isEqualTo(200);

			Delivery delivery = receiver.awaitDelivery("msg-1", WAIT);
			assertThat(delivery.timestamp()).isEqualTo("1700000000");
			assertThat(delivery.signature()).isEqualTo("v1,c2lnbmF0dXJl");
			assertThat(delivery.headers()).containsEntry("content-type", "application/json");
			assertThat(delivery.text()).isEqualTo("{\"type\":\"content.published\"}");
			assertThat(receiver.countsById()).containsExactly(Map.entry("msg-1", 1L));
		}
	}

	@Test
	void failsTheFirstDeliveriesAsScriptedAndThenTakesThem() throws Exception {
		try (WebhookReceiver receiver = WebhookReceiver.failingFirst(2, 503)) {
			assertThat(post(receiver, "msg-2", "{}").statusCode()).isEqualTo(503);
			assertThat(post(receiver, "msg-2", "{}").statusCode()).isEqualTo(503);
			assertThat(post(receiver, "msg-2", "{}").statusCode()).isEqualTo(200);

			assertThat(receiver.awaitDeliveries(3, WAIT)).extracting(Delivery::id).containsOnly("msg-2");
		}
	}

	@Test
	void holdsASlowAnswerBackWithoutHoldingUpTheNextDelivery() throws Exception {
		try (WebhookReceiver receiver = WebhookReceiver.builder()
			.answer((delivery) -> delivery.id().equals("slow") ? Answer.status(204).after(Duration.ofSeconds(2))
					: Answer.status(202).withHeader("Retry-After", "5"))
			.start()) {
			long start = System.nanoTime();
			CompletableFuture<HttpResponse<Void>> slow = this.http.sendAsync(request(receiver, "slow", "{}"),
					HttpResponse.BodyHandlers.discarding());
			receiver.awaitDelivery("slow", WAIT);

			HttpResponse<Void> fast = post(receiver, "fast", "{}");
			assertThat(fast.statusCode()).isEqualTo(202);
			assertThat(fast.headers().firstValue("Retry-After")).hasValue("5");
			assertThat(slow).isNotDone();
			assertThat(slow.get().statusCode()).isEqualTo(204);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
		}
	}

	private HttpResponse<Void> post(WebhookReceiver receiver, String id, String body) throws Exception {
		return this.http.send(request(receiver, id, body), HttpResponse.BodyHandlers.discarding());
	}

	private static HttpRequest request(WebhookReceiver receiver, String id, String body) {
		return HttpRequest.newBuilder(URI.create(receiver.url()))
			.header("Content-Type", "application/json")
			.header("webhook-id", id)
			.header("webhook-timestamp", "1700000000")
			.header("webhook-signature", "v1,c2lnbmF0dXJl")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

}
