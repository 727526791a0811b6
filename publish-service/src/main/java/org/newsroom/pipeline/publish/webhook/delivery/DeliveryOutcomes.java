package org.newsroom.pipeline.publish.webhook.delivery;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.newsroom.pipeline.contract.lineage.LineageOutcome;
import org.newsroom.pipeline.publish.webhook.WebhookProperties;
import org.newsroom.pipeline.publish.webhook.delivery.RetryDecision.Action;
import org.newsroom.pipeline.support.lineage.LineageRecorder;
import org.springframework.stereotype.Component;

/**
 * Where a claimed delivery goes next, written to the outbox, and what an attempt leaves
 * in the meters and in lineage.
 */
@Component
class DeliveryOutcomes {

	private static final Logger logger = LoggerFactory.getLogger(DeliveryOutcomes.class);

	private final OutboxStore outbox;

	private final WebhookMetrics metrics;

	private final LineageRecorder lineage;

	private final WebhookProperties properties;

	private final Clock clock;

	DeliveryOutcomes(OutboxStore outbox, WebhookMetrics metrics, LineageRecorder lineage, WebhookProperties properties,
			Clock clock) {
		this.outbox = outbox;
		this.metrics = metrics;
		this.lineage = lineage;
		this.properties = properties;
		this.clock = clock;
	}

	/** Parks a delivery whose subscription is gone or disabled. */
	void hold(OutboxEntry entry) {
		this.outbox.hold(entry);
	}

	/** Gives a delivery back without an attempt while its endpoint's circuit is open. */
	void circuitOpen(OutboxEntry entry) {
		this.outbox.postpone(entry, this.clock.instant().plus(this.properties.breakerPostpone()));
	}

	/**
	 * Records an attempt, or a delivery given up before one, and what follows it.
	 * @param status the HTTP status, or {@code error} when no answer came
	 */
	void finish(OutboxEntry entry, RetryDecision decision, String status, long latencyMillis) {
		Instant now = this.clock.instant();
		boolean retry = decision.action() == Action.RETRY;
		boolean delivered = decision.action() == Action.DELIVERED;
		String error = delivered ? null : decision.reason();
		boolean superseded = this.outbox.recordAttempt(entry,
				new OutboxStore.Attempt(now, status, latencyMillis, error), decision);
		if (superseded) {
			// replaced by a newer event while this attempt was in flight: not retried
			this.lineage.record(DeliveryLineage.superseded(entry, "a newer event"));
			return;
		}
		count(decision.action());
		this.lineage
			.record(DeliveryLineage.attempt(entry, outcome(decision.action()), status,
					retry ? now.plus(decision.delay()) : null, error, latencyMillis))
			.whenComplete((sent, failure) -> {
				if (failure != null) {
					logger.warn("Lineage of delivery {} was not sent: {}", entry.id(), failure.getMessage());
				}
			});
		logger.info("Webhook delivery {} attempt {}: {}", entry.id(), entry.totalAttempts() + 1, decision.reason());
	}

	private void count(Action action) {
		if (action == Action.DELIVERED) {
			this.metrics.delivered();
		}
		else if (action == Action.RETRY) {
			this.metrics.retried();
		}
		else {
			this.metrics.failed();
		}
	}

	private static LineageOutcome outcome(Action action) {
		return (action == Action.DELIVERED) ? LineageOutcome.DELIVERED
				: (action == Action.RETRY) ? LineageOutcome.FAILED : LineageOutcome.DELIVERY_FAILED;
	}

}
