package org.newsroom.pipeline.publish.webhook.delivery;

import java.time.Clock;

import org.newsroom.pipeline.publish.webhook.subscription.Subscriptions;
import org.springframework.stereotype.Component;

/**
 * The webhook actions operators trigger from the console by command.
 */
@Component
public class WebhookAdmin {

	private final Subscriptions subscriptions;

	private final OutboxStore outbox;

	private final Clock clock;

	WebhookAdmin(Subscriptions subscriptions, OutboxStore outbox, Clock clock) {
		this.subscriptions = subscriptions;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Queues a delivery again at once.
	 * @param outboxId the delivery
	 * @return {@code false} if there is no such delivery or it is being sent now
	 */
	public boolean redeliver(String outboxId) {
		return this.outbox.redeliver(outboxId, this.clock.instant());
	}

	/**
	 * Stops deliveries to a subscription.
	 * @param subscriptionId the subscription
	 * @param reason why, for the operator
	 * @return {@code false} if there is no such subscription
	 */
	public boolean disable(String subscriptionId, String reason) {
		return this.subscriptions.disable(subscriptionId, reason);
	}

	/**
	 * Resumes deliveries to a subscription.
	 * @param subscriptionId the subscription
	 * @return {@code false} if there is no such subscription
	 */
	public boolean enable(String subscriptionId) {
		return this.subscriptions.enable(subscriptionId);
	}

}
