package org.newsroom.pipeline.publish.webhook.delivery;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import org.newsroom.pipeline.publish.webhook.OutgoingWebhook;
import org.newsroom.pipeline.publish.webhook.WebhookEvent;
import org.newsroom.pipeline.publish.webhook.subscription.Subscription;
import org.newsroom.pipeline.publish.webhook.subscription.SubscriptionStore;
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
		if (webhook.event() == WebhookEvent.WITHDRAWN) {
			// a kill stops the item's content for every subscription, also those that
			// are not told of kills
			supersedeOlder(webhook, null);
		}
		List<Subscription> matching = this.subscriptions.matching(webhook.payload().type(), webhook.section(),
				webhook.kind());
		if (webhook.event() != WebhookEvent.WITHDRAWN && !matching.isEmpty()) {
			supersedeOlder(webhook, matching.stream().map(Subscription::id).toList());
		}
		for (Subscription subscription : matching) {
			this.outbox.enqueue(webhook, subscription, this.clock.instant());
		}
		if (!matching.isEmpty()) {
			this.worker.wake();
		}
		return matching.size();
	}

	/**
	 * Takes an item down without a notice: every subscription's deliveries of it that are
	 * still to be sent are superseded, and no subscriber is told.
	 * @param withdrawal the withdrawal webhook a kill would have sent, never enqueued
	 */
	public void takeDown(OutgoingWebhook withdrawal) {
		supersedeOlder(withdrawal, null);
	}

	private void supersedeOlder(OutgoingWebhook webhook, Collection<String> subscriptionIds) {
		this.outbox.supersedeOlder(webhook, subscriptionIds).forEach((dropped) -> superseded(dropped, webhook));
	}

	private void superseded(OutboxEntry dropped, OutgoingWebhook by) {
		this.lineage.record(DeliveryLineage.superseded(dropped, by.payload().deliveryId()));
	}

}
