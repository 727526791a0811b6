package org.newsroom.pipeline.publish.webhook;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.newsroom.pipeline.contract.lineage.LineageOutcome;
import org.newsroom.pipeline.publish.webhook.AttemptResult.Response;
import org.newsroom.pipeline.support.lineage.LineageRecorder;
import org.newsroom.pipeline.support.lineage.LineageStep;
import org.springframework.stereotype.Component;

/**
 * Makes one attempt at a claimed delivery: checks the target again, asks the endpoint's
 * circuit, signs, sends, records the attempt and decides what follows.
 */
@Component
class WebhookDelivery {

	private static final Logger logger = LoggerFactory.getLogger(WebhookDelivery.class);

	static final String STAGE = "webhook";

	static final String NO_SECRET = "no signing secret of the subscription can be decrypted: put its key back into"
			+ " publish.webhooks.secret-keys, then redeliver";

	private final Collaborators with;

	private final WebhookProperties properties;

	private final Clock clock;

	WebhookDelivery(Collaborators collaborators, WebhookProperties properties, Clock clock) {
		this.with = collaborators;
		this.properties = properties;
		this.clock = clock;
	}

	void attempt(OutboxEntry entry) {
		Subscription subscription = this.with.subscriptions().find(entry.subscriptionId());
		if (subscription == null || !subscription.enabled()) {
			this.with.outbox().hold(entry);
			return;
		}
		URI url = URI.create(subscription.url());
		TargetVerdict verdict = this.with.guard().check(subscription.url());
		if (!verdict.allowed()) {
			finish(entry, RetryDecision.stop(RetryDecision.Action.GIVE_UP, verdict.reason()), "error", 0);
			return;
		}
		List<String> secrets = subscription.activeSecrets(this.clock.instant());
		if (secrets.isEmpty()) {
			finish(entry, RetryDecision.stop(RetryDecision.Action.GIVE_UP, NO_SECRET), "error", 0);
			return;
		}
		if (!this.with.breakers().tryAcquire(url)) {
			Instant until = this.clock.instant().plus(this.properties.breakerPostpone());
			this.with.outbox()
				.postpone(entry, until, (entry.roundAttempts() > 0) ? OutboxStore.RETRYING : OutboxStore.PENDING);
			return;
		}
		byte[] body = entry.body().getBytes(StandardCharsets.UTF_8);
		Map<String, String> headers = this.with.signer().headers(entry.deliveryId(), body, secrets);
		long start = System.nanoTime();
		AttemptResult result = this.with.http().post(url, verdict.addresses(), headers, body);
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
		this.with.breakers().record(url, result, elapsed);
		RetryDecision decision = this.with.retryPolicy()
			.decide(result, entry.roundAttempts() + 1, this.clock.instant());
		if (decision.action() == RetryDecision.Action.DISABLE_SUBSCRIPTION) {
			this.with.subscriptions().setEnabled(subscription.id(), false, decision.reason());
			logger.warn("Disabled webhook subscription {}: {}", subscription.id(), decision.reason());
		}
		finish(entry, decision, status(result), elapsed.toMillis());
	}

	private void finish(OutboxEntry entry, RetryDecision decision, String status, long latencyMillis) {
		Instant now = this.clock.instant();
		boolean retry = decision.action() == RetryDecision.Action.RETRY;
		boolean delivered = decision.action() == RetryDecision.Action.DELIVERED;
		OutboxStore.Attempt attempt = new OutboxStore.Attempt(now, status, latencyMillis,
				delivered ? null : decision.reason());
		String next = delivered ? OutboxStore.DELIVERED : retry ? OutboxStore.RETRYING : OutboxStore.FAILED;
		boolean superseded = this.with.outbox()
			.recordAttempt(entry, attempt, next, retry ? now.plus(decision.delay()) : null);
		if (superseded) {
			// replaced by a newer event while this attempt was in flight: not retried
			this.with.lineage().record(SupersededDelivery.step(entry, "a newer event"));
			return;
		}
		LineageOutcome outcome = delivered ? LineageOutcome.DELIVERED
				: retry ? LineageOutcome.FAILED : LineageOutcome.DELIVERY_FAILED;
		if (delivered) {
			this.with.metrics().delivered();
		}
		else if (retry) {
			this.with.metrics().retried();
		}
		else {
			this.with.metrics().failed();
		}
		this.with.metrics().refreshCircuits();
		String detail = "delivery=" + entry.id() + " subscription=" + entry.subscriptionId() + " status=" + status
				+ " attempt=" + (entry.totalAttempts() + 1) + (retry ? " retry=" + now.plus(decision.delay()) : "")
				+ ((delivered || decision.reason() == null) ? "" : " reason=" + decision.reason());
		this.with.lineage()
			.record(LineageStep.of(entry.contentId(), entry.revision(), STAGE, outcome)
				.withDetail(detail)
				.withDuration(latencyMillis * 1000))
			.whenComplete((sent, failure) -> {
				if (failure != null) {
					logger.warn("Lineage of delivery {} was not sent: {}", entry.id(), failure.getMessage());
				}
			});
		logger.info("Webhook delivery {} attempt {}: {}", entry.id(), entry.totalAttempts() + 1, decision.reason());
	}

	private static String status(AttemptResult result) {
		return (result instanceof Response response) ? Integer.toString(response.status()) : "error";
	}

	/**
	 * What a delivery attempt works with.
	 *
	 * @param subscriptions the subscriptions
	 * @param outbox the outbox
	 * @param guard the SSRF guard
	 * @param breakers the endpoint circuits
	 * @param signer the signer
	 * @param http the HTTP client
	 * @param retryPolicy the retry rules
	 * @param metrics the channel meters
	 * @param lineage the lineage recorder
	 */
	@Component
	record Collaborators(SubscriptionStore subscriptions, OutboxStore outbox, TargetGuard guard,
			EndpointBreakers breakers, WebhookSigner signer, WebhookHttpSender http, RetryPolicy retryPolicy,
			WebhookMetrics metrics, LineageRecorder lineage) {
	}

}
