package org.newsroom.pipeline.publish.webhook.delivery;

import java.time.Instant;

import org.newsroom.pipeline.contract.lineage.DeliveryDetail;
import org.newsroom.pipeline.contract.lineage.LineageOutcome;
import org.newsroom.pipeline.support.lineage.LineageStep;

/**
 * The lineage of deliveries, in the one form the console reads them from: each attempt,
 * and each delivery a newer event replaced before it reached its subscriber.
 */
final class DeliveryLineage {

	static final String STAGE = "webhook";

	private DeliveryLineage() {
	}

	/**
	 * One attempt.
	 * @param retryAt when it is tried again, or {@code null}
	 * @param reason why it failed, or {@code null}
	 */
	static LineageStep attempt(OutboxEntry entry, LineageOutcome outcome, String status, Instant retryAt, String reason,
			long latencyMillis) {
		DeliveryDetail detail = new DeliveryDetail(entry.id(), entry.subscriptionId(), status,
				entry.totalAttempts() + 1, retryAt, reason);
		return LineageStep.of(entry.contentId(), entry.revision(), STAGE, outcome)
			.withDetail(detail.format())
			.withDuration(latencyMillis * 1000);
	}

	static LineageStep superseded(OutboxEntry entry, String newer) {
		return LineageStep.of(entry.contentId(), entry.revision(), STAGE, LineageOutcome.SUPERSEDED)
			.withDetail(new DeliveryDetail(entry.id(), entry.subscriptionId(), "superseded", entry.totalAttempts(),
					null, "superseded by " + newer + ", never sent")
				.format());
	}

}
