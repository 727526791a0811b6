package org.newsroom.pipeline.publish.webhook.delivery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
	 * Starts handing over the webhooks of several announcements, whose new deliveries are
	 * then written together.
	 * @return the batch; nothing is stored until {@link Batch#write}
	 */
	public Batch batch() {
		return new Batch();
	}

	/**
	 * Webhooks handed over together, in the order of their announcements. Each one's new
	 * deliveries wait to be written in one insert with the others'; a kill or takedown of
	 * an item whose deliveries still wait writes them first, so that it supersedes them
	 * as it would have, had each been written at once.
	 */
	public final class Batch {

		private final List<OutboxStore.NewDelivery> waiting = new ArrayList<>();

		private final Set<String> waitingItems = new HashSet<>();

		private boolean stored;

		private Batch() {
		}

		/**
		 * Enqueues a webhook for every enabled subscription that wants it, superseding
		 * that subscription's older deliveries of the item that were still to be sent;
		 * idempotent.
		 * @param webhook the webhook
		 */
		public void enqueue(OutgoingWebhook webhook) {
			if (webhook.event() == WebhookEvent.WITHDRAWN) {
				// a kill stops the item's content for every subscription, also those that
				// are not told of kills
				supersede(webhook, null);
			}
			List<Subscription> matching = WebhookOutbox.this.subscriptions.matching(webhook.payload().type(),
					webhook.section(), webhook.kind());
			if (webhook.event() != WebhookEvent.WITHDRAWN && !matching.isEmpty()) {
				supersede(webhook, matching.stream().map(Subscription::id).toList());
			}
			for (Subscription subscription : matching) {
				this.waiting.add(new OutboxStore.NewDelivery(webhook, subscription));
				this.waitingItems.add(webhook.contentId());
			}
		}

		/**
		 * Takes an item down without a notice: every subscription's deliveries of it that
		 * are still to be sent are superseded, and no subscriber is told.
		 * @param withdrawal the withdrawal webhook a kill would have sent, never enqueued
		 */
		public void takeDown(OutgoingWebhook withdrawal) {
			supersede(withdrawal, null);
		}

		/**
		 * Writes the waiting deliveries and wakes the workers for what the batch stored.
		 */
		public void write() {
			store();
			if (this.stored) {
				WebhookOutbox.this.worker.wake();
			}
		}

		private void store() {
			if (this.waiting.isEmpty()) {
				return;
			}
			WebhookOutbox.this.outbox.enqueue(this.waiting, WebhookOutbox.this.clock.instant());
			this.waiting.clear();
			this.waitingItems.clear();
			this.stored = true;
		}

		/**
		 * Supersedes older deliveries; those of the item still waiting are stored first,
		 * and no worker is woken for them before they are superseded.
		 */
		private void supersede(OutgoingWebhook webhook, Collection<String> subscriptionIds) {
			if (this.waitingItems.contains(webhook.contentId())) {
				store();
			}
			supersedeOlder(webhook, subscriptionIds);
		}

	}

	private void supersedeOlder(OutgoingWebhook webhook, Collection<String> subscriptionIds) {
		this.outbox.supersedeOlder(webhook, subscriptionIds).forEach((dropped) -> superseded(dropped, webhook));
	}

	private void superseded(OutboxEntry dropped, OutgoingWebhook by) {
		this.lineage.record(DeliveryLineage.superseded(dropped, by.payload().deliveryId()));
	}

}
