package org.newsroom.pipeline.publish.publication;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.contract.lineage.LineageOutcome;
import org.newsroom.pipeline.contract.lineage.PublicationDetail;
import org.newsroom.pipeline.publish.outbound.OutboundEvents;
import org.newsroom.pipeline.publish.webhook.OutgoingWebhook;
import org.newsroom.pipeline.publish.webhook.WebhookEvent;
import org.newsroom.pipeline.publish.webhook.delivery.WebhookOutbox;
import org.newsroom.pipeline.publish.webhook.WebhookPayload;
import org.newsroom.pipeline.publish.webhook.WebhookPayload.Withdrawal;
import org.newsroom.pipeline.support.lineage.LineageStep;
import org.newsroom.pipeline.support.metrics.StageMetrics;
import org.newsroom.pipeline.support.stage.Emission;
import org.springframework.stereotype.Component;

/**
 * What telling the push channels about a publication state takes: its webhooks into the
 * outbox (one idempotent entry per subscription), and its event for the outbound topic,
 * which the stage engine sends.
 */
@Component
class Announcements {

	private final WebhookOutbox webhooks;

	private final OutboundEvents outbound;

	private final StageMetrics metrics;

	private final Clock clock;

	Announcements(WebhookOutbox webhooks, OutboundEvents outbound, StageMetrics metrics, Clock clock) {
		this.webhooks = webhooks;
		this.outbound = outbound;
		this.metrics = metrics;
		this.clock = clock;
	}

	/**
	 * Enqueues the webhooks of states about to be announced, all in one write: a
	 * takedown's supersede the item's queued deliveries instead.
	 * @param publications states, those without an announcement are skipped
	 */
	void enqueueWebhooks(List<Publication> publications) {
		Instant now = this.clock.instant();
		WebhookOutbox.Batch batch = this.webhooks.batch();
		for (Publication publication : publications) {
			WebhookEvent event = publication.announcement();
			if (event == null) {
				continue;
			}
			OutgoingWebhook webhook = webhook(publication, event, now);
			if (publication.takedown()) {
				batch.takeDown(webhook);
			}
			else {
				batch.enqueue(webhook);
			}
		}
		batch.write();
	}

	/**
	 * The outbound event of a state, whose webhooks {@link #enqueueWebhooks} stored.
	 * @param publication a state with an announcement
	 * @return the events to send
	 */
	List<Emission> emissions(Publication publication) {
		WebhookEvent event = publication.announcement();
		if (event == null) {
			return List.of();
		}
		Instant now = this.clock.instant();
		this.metrics.endToEnd(PublicationStage.STAGE, publication.cmsTime());
		return List.of(publication.withdrawn()
				? this.outbound.withdrawn(publication.contentId(), publication.revision(), publication.kind(),
						publication.reason(), publication.takedown(), publication.cmsEvent(), now)
				: (event == WebhookEvent.REFRESHED)
						? this.outbound.refreshed(publication.servedItem(), publication.enrichmentVersion(),
								publication.cmsEvent(), now)
						: this.outbound.published(publication.servedItem(), event.idSuffix(), publication.cmsEvent(),
								now));
	}

	/**
	 * The lineage step of a state: what happened, and where the item appears as
	 * {@code key=value} pairs the console reads to link to the item's podcast feed.
	 */
	static LineageStep step(Publication publication, LineageOutcome outcome, String note) {
		String change = (publication.announcement() != null) ? publication.announcementSuffix() : "no notice";
		return LineageStep.of(publication.contentId(), publication.revision(), PublicationStage.STAGE, outcome)
			.withDetail(change + ((note != null) ? ", " + note : "") + where(publication))
			.withItem(publication.headline(), publication.cmsTime());
	}

	private static String where(Publication publication) {
		if (publication.kind() == null) {
			return "";
		}
		ContentItem item = publication.withdrawn() ? null : publication.servedItem();
		return PublicationDetail.where(publication.kind(),
				(item != null && item.show() != null) ? item.show().id() : null);
	}

	private static OutgoingWebhook webhook(Publication publication, WebhookEvent event, Instant now) {
		ContentItem item = publication.servedItem();
		WebhookPayload payload = (event == WebhookEvent.WITHDRAWN)
				? WebhookPayload.withdrawn(
						new Withdrawal(publication.contentId(), publication.revision(), publication.reason()), now)
				: WebhookPayload.of(event, publication.announcementSuffix(), item, now);
		String section = (item != null) ? item.section() : null;
		String kind = (publication.kind() != null) ? publication.kind().wireName() : null;
		return new OutgoingWebhook(publication.contentId(), publication.revision(), event, section, kind, payload);
	}

}
