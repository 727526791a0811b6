package org.newsroom.pipeline.publish.webhook;

import java.time.Clock;
import java.util.List;

import org.newsroom.pipeline.support.lineage.LineageRecorder;

import org.springframework.stereotype.Component;

/**
 * Where the publication side hands webhooks over: one outbox entry per matching
 * subscription, delivered by the delivery workers, which are woken at once, so a Kafka
 * partition never waits on a subscriber and a subscriber does not wait for the next poll.
 */
@Component
public class WebhookOutbox {

	private final SubscriptionStore subscriptions;

	private final OutboxStore outbox;

	private final DeliveryWorker worker;

	private final LineageRecorder lineage;

	private final Clock clock;

	WebhookOutbox(SubscriptionStore subscriptions, OutboxStore outbox, DeliveryWorker worker, LineageRecorder lineage,
			Clock clock) {
		this.subscriptions = subscriptions;
		this.outbox = outbox;
		this.worker = worker;
		this.lineage = lineage;
		this.clock = clock;
	}

	/**
	 * Enqueues a webhook for every enabled subscription that wants it, superseding that
	 * subscription's older deliveries of the item that were still to be sent; idempotent.
	 * @param webhook the webhook
	 * @return how many subscriptions get it
	 */
	public int enqueue(OutgoingWebhook webhook) {
		List<Subscription> matching = this.subscriptions.matching(webhook.payload().type(), webhook.section(),
				webhook.kind());
		for (Subscription subscription : matching) {
			this.outbox.supersedeOlder(webhook, subscription).forEach((dropped) -> superseded(dropped, webhook));
			this.outbox.enqueue(webhook, subscription, this.clock.instant());
		}
		if (!matching.isEmpty()) {
			this.worker.wake();
		}
		return matching.size();
	}

	private void superseded(OutboxEntry dropped, OutgoingWebhook by) {
		this.lineage.record(SupersededDelivery.step(dropped, by.payload().deliveryId()));
	}

}
