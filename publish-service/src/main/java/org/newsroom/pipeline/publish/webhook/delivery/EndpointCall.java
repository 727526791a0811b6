package org.newsroom.pipeline.publish.webhook.delivery;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.newsroom.pipeline.publish.webhook.breaker.EndpointBreakers;
import org.newsroom.pipeline.publish.webhook.delivery.RetryDecision.Action;
import org.newsroom.pipeline.publish.webhook.signing.WebhookSigner;
import org.newsroom.pipeline.publish.webhook.target.TargetVerdict;
import org.springframework.stereotype.Component;

/**
 * One signed POST to a subscriber, if its endpoint's circuit lets it through; what the
 * retry schedule would try again counts against the endpoint.
 */
@Component
class EndpointCall {

	private final EndpointBreakers breakers;

	private final WebhookSigner signer;

	private final WebhookHttpSender http;

	EndpointCall(EndpointBreakers breakers, WebhookSigner signer, WebhookHttpSender http) {
		this.breakers = breakers;
		this.signer = signer;
		this.http = http;
	}

	/**
	 * Signs and sends a delivery to the addresses its check approved.
	 * @return how it ended, or empty while the endpoint's circuit is open
	 */
	Optional<Call> send(URI url, TargetVerdict verdict, OutboxEntry entry, List<String> secrets) {
		if (!this.breakers.tryAcquire(url)) {
			return Optional.empty();
		}
		byte[] body = entry.body().getBytes(StandardCharsets.UTF_8);
		Map<String, String> headers = this.signer.headers(entry.deliveryId(), body, secrets);
		long start = System.nanoTime();
		AttemptResult result = this.http.post(url, verdict.addresses(), headers, body);
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
		RetryDecision verdictOfEndpoint = RetryPolicy.classify(result);
		if (verdictOfEndpoint.action() == Action.RETRY) {
			this.breakers.recordFailure(url, elapsed, verdictOfEndpoint.reason());
		}
		else {
			this.breakers.recordSuccess(url, elapsed);
		}
		return Optional.of(new Call(result, elapsed));
	}

	/**
	 * A call that was made.
	 *
	 * @param result how it ended
	 * @param elapsed how long it took
	 */
	record Call(AttemptResult result, Duration elapsed) {
	}

}
