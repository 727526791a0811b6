package org.newsroom.pipeline.publish.webhook.delivery;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.apache.hc.core5.ssl.SSLContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.publish.webhook.breaker.EndpointBreakers;
import org.newsroom.pipeline.publish.webhook.breaker.TestBreakers;
import org.newsroom.pipeline.publish.webhook.delivery.EndpointCall.Call;
import org.newsroom.pipeline.publish.webhook.signing.TestSecrets;
import org.newsroom.pipeline.publish.webhook.target.TargetGuard;
import org.newsroom.pipeline.publish.webhook.target.TargetVerdict;
import org.newsroom.pipeline.publish.webhook.target.TestGuards;
import org.newsroom.pipeline.support.test.webhook.WebhookReceiver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an endpoint's answers do to its circuit: only what the retry schedule would try
 * again counts against it.
 */
class EndpointCallTests {

	private static final int CALLS = 3;

	private final TargetGuard guard = TestGuards.allowing(List.of("127.0.0.1/32"), (host) -> List.of());

	private final WebhookHttpSender http = WebhookHttpSender.create(Duration.ofMillis(500), Duration.ofMillis(800), 2,
			SSLContexts.createSystemDefault());

	private final EndpointBreakers breakers = TestBreakers.openingAfter(CALLS);

	private final EndpointCall endpoint = new EndpointCall(this.breakers, TestSecrets.signer(Clock.systemUTC()),
			this.http);

	private final List<String> secrets = List.of(TestSecrets.secret());

	@AfterEach
	void close() {
		this.http.close();
	}

	@Test
	void opensTheCircuitOfAnEndpointThatKeepsFailingAndSendsItNothingMore() throws IOException {
		try (WebhookReceiver failing = WebhookReceiver.answering((request) -> 503)) {
			URI url = url(failing);
			for (int i = 0; i < CALLS; i++) {
				assertThat(send(url, i)).get()
					.extracting(Call::result)
					.isEqualTo(new AttemptResult.Response(503, null));
			}

			assertThat(TestBreakers.isOpen(this.breakers, url)).isTrue();
			assertThat(send(url, CALLS)).isEmpty();
			assertThat(failing.deliveries()).hasSize(CALLS);
		}
	}

	@Test
	void keepsTheCircuitClosedForAnswersThatAreNotRetried() throws IOException {
		int[] statuses = { 400, 410, 302, 400, 204 };
		try (WebhookReceiver refusing = WebhookReceiver.scripted(statuses)) {
			URI url = url(refusing);
			for (int i = 0; i < statuses.length; i++) {
				assertThat(send(url, i)).isPresent();
			}

			assertThat(TestBreakers.isOpen(this.breakers, url)).isFalse();
			assertThat(refusing.deliveries()).hasSize(statuses.length);
		}
	}

	@Test
	void countsAnEndpointThatDoesNotAnswerAgainstIt() {
		// nothing listens on the port a closed receiver had
		URI url;
		try (WebhookReceiver gone = WebhookReceiver.start()) {
			url = url(gone);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		for (int i = 0; i < CALLS; i++) {
			assertThat(send(url, i)).get().extracting(Call::result).isInstanceOf(AttemptResult.ConnectionError.class);
		}

		assertThat(TestBreakers.isOpen(this.breakers, url)).isTrue();
	}

	private Optional<Call> send(URI url, int n) {
		TargetVerdict verdict = this.guard.check(url.toString());
		assertThat(verdict.allowed()).as(verdict.reason()).isTrue();
		OutboxEntry entry = new OutboxEntry("call-" + n + ":1:published:sub_1", "call-" + n + ":1:published", "sub_1",
				"call-" + n, 1, "{\"type\":\"content.published\"}", 0, 0);
		return this.endpoint.send(url, verdict, entry, this.secrets);
	}

	private static URI url(WebhookReceiver receiver) {
		return URI.create(receiver.url());
	}

}
