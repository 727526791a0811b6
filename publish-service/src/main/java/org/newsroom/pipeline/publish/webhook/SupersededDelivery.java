package org.newsroom.pipeline.publish.webhook;

import org.newsroom.pipeline.contract.lineage.LineageOutcome;
import org.newsroom.pipeline.support.lineage.LineageStep;

/**
 * The lineage of a delivery a newer event replaced before it reached its subscriber, in
 * the form the console reads deliveries from.
 */
final class SupersededDelivery {

	private SupersededDelivery() {
	}

	static LineageStep step(OutboxEntry entry, String newer) {
		return LineageStep.of(entry.contentId(), entry.revision(), WebhookDelivery.STAGE, LineageOutcome.SUPERSEDED)
			.withDetail("delivery=" + entry.id() + " subscription=" + entry.subscriptionId() + " status=superseded"
					+ " attempt=" + entry.totalAttempts() + " reason=superseded by " + newer + ", never sent");
	}

}
