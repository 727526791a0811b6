package org.newsroom.pipeline.publish.publication;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.contract.lineage.LineageOutcome;
import org.newsroom.pipeline.publish.outbound.OutboundEvents;
import org.newsroom.pipeline.publish.webhook.OutgoingWebhook;
import org.newsroom.pipeline.publish.webhook.WebhookEvent;
import org.newsroom.pipeline.publish.webhook.WebhookOutbox;
import org.newsroom.pipeline.publish.webhook.WebhookPayload;
import org.newsroom.pipeline.publish.webhook.WebhookPayload.Withdrawal;
import org.newsroom.pipeline.support.kafka.EventSender;
import org.newsroom.pipeline.support.lineage.LineageRecorder;
import org.newsroom.pipeline.support.lineage.LineageStep;
import org.newsroom.pipeline.support.metrics.StageMetrics;
import org.springframework.stereotype.Component;

/**
 * Tells the push channels about the stored revision of an item: webhooks into the outbox,
 * the outbound topic, lineage. Every step is idempotent and the publication is marked
 * announced only after all of them, so a crash in between is repaired by doing it again.
 */
@Component
class Announcer {

	static final String STAGE = "publish";

	private final PublicationStore store;

	private final WebhookOutbox webhooks;

	private final OutboundEvents outbound;

	private final Senders senders;

	private final Clock clock;

	Announcer(PublicationStore store, WebhookOutbox webhooks, OutboundEvents outbound, Senders senders, Clock clock) {
		this.store = store;
		this.webhooks = webhooks;
		this.outbound = outbound;
		this.senders = senders;
		this.clock = clock;
	}

	void announce(Publication publication, String note) {
		if (publication.withdrawn() && publication.liveRevision() == null) {
			// nothing ever reached a channel, so there is nothing to take back
			await(record(publication, LineageOutcome.WITHDRAWN, "never reached a channel"));
			this.store.markAnnounced(publication);
			return;
		}
		Instant now = this.clock.instant();
		WebhookEvent event = publication.withdrawn() ? WebhookEvent.WITHDRAWN
				: (publication.liveRevision() == null) ? WebhookEvent.PUBLISHED : WebhookEvent.UPDATED;
		int subscribers = this.webhooks.enqueue(webhook(publication, event, now));
		CompletableFuture<?> sent = publication.withdrawn()
				? this.outbound.withdrawn(publication.contentId(), publication.revision(), publication.kind(),
						publication.reason(), publication.cmsEvent(), now)
				: this.outbound.published(publication.servedItem(), event.idSuffix(), publication.cmsEvent(), now);
		String detail = event.idSuffix() + ", webhooks=" + subscribers + ((note != null) ? ", " + note : "")
				+ where(publication);
		await(sent, record(publication, outcome(event), detail));
		this.senders.metrics().endToEnd(STAGE, publication.cmsTime());
		this.store.markAnnounced(publication);
	}

	/**
	 * Where the item appears, as {@code key=value} pairs the console reads to link to the
	 * item's podcast feed.
	 */
	private static String where(Publication publication) {
		if (publication.kind() == null) {
			return "";
		}
		ContentItem item = publication.withdrawn() ? null : publication.servedItem();
		String show = (item != null && item.show() != null) ? " show=" + item.show().id() : "";
		return " kind=" + publication.kind().wireName() + show;
	}

	CompletableFuture<?> record(Publication publication, LineageOutcome outcome, String detail) {
		return this.senders.lineage()
			.record(LineageStep.of(publication.contentId(), publication.revision(), STAGE, outcome)
				.withDetail(detail)
				.withItem(publication.headline(), publication.cmsTime()));
	}

	void await(CompletableFuture<?>... sends) {
		this.senders.events().awaitAll(List.of(sends));
	}

	private static OutgoingWebhook webhook(Publication publication, WebhookEvent event, Instant now) {
		ContentItem item = publication.servedItem();
		WebhookPayload payload = (event == WebhookEvent.WITHDRAWN)
				? WebhookPayload.withdrawn(
						new Withdrawal(publication.contentId(), publication.revision(), publication.reason()), now)
				: WebhookPayload.of(event, item, now);
		String section = (item != null) ? item.section() : null;
		String kind = (publication.kind() != null) ? publication.kind().wireName() : null;
		return new OutgoingWebhook(publication.contentId(), publication.revision(), event, section, kind, payload);
	}

	private static LineageOutcome outcome(WebhookEvent event) {
		return switch (event) {
			case PUBLISHED -> LineageOutcome.PUBLISHED;
			case UPDATED -> LineageOutcome.UPDATED;
			case WITHDRAWN -> LineageOutcome.WITHDRAWN;
		};
	}

	/**
	 * Where announcements go out besides the channels.
	 *
	 * @param events the Kafka sender, to wait for acknowledgements
	 * @param lineage the lineage recorder
	 * @param metrics the stage meters
	 */
	@Component
	record Senders(EventSender events, LineageRecorder lineage, StageMetrics metrics) {
	}

}
