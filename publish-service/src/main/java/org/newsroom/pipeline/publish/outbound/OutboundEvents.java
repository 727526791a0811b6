package org.newsroom.pipeline.publish.outbound;

import java.time.Instant;

import org.newsroom.pipeline.contract.EventTypes;
import org.newsroom.pipeline.contract.cms.ContentKind;
import org.newsroom.pipeline.contract.events.CmsEventRef;
import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.contract.events.ContentPublished;
import org.newsroom.pipeline.contract.events.ContentWithdrawn;
import org.newsroom.pipeline.contract.events.StageEvent;
import org.newsroom.pipeline.support.config.PipelineProperties;
import org.newsroom.pipeline.support.stage.Emission;
import org.springframework.stereotype.Component;

/**
 * The events of the outbound topic for other systems: what went live or was withdrawn,
 * with deterministic ids so a repeat is dropped downstream.
 */
@Component
public class OutboundEvents {

	private final String topic;

	OutboundEvents(PipelineProperties properties) {
		this.topic = properties.topics().published();
	}

	/**
	 * Sends a {@link ContentPublished}.
	 * @param item the item as published
	 * @param change {@code published} or {@code updated}
	 * @param cmsEvent the CMS event it came from
	 * @param at when it went live
	 * @return the event to send
	 */
	public Emission published(ContentItem item, String change, CmsEventRef cmsEvent, Instant at) {
		ContentPublished event = new ContentPublished(item.contentId(), item.revision(), change, item, cmsEvent, at);
		String type = ContentPublished.PUBLISHED.equals(change) ? EventTypes.PUBLISHED : EventTypes.UPDATED;
		return new Emission(this.topic, item.contentId(),
				StageEvent.eventId(item.contentId(), item.revision(), ContentPublished.STAGE), type, at, event);
	}

	/**
	 * Sends a {@link ContentPublished} of new metadata of the live revision, under an id
	 * of its own per enrichment version ({@code contentId:revision:published-v<n>}), so a
	 * consumer that drops repeated ids does not drop it.
	 * @param item the item with its new metadata
	 * @param enrichmentVersion the enrichment it carries, 2 or more
	 * @param cmsEvent the CMS event of the revision
	 * @param at when it was refreshed
	 * @return the event to send
	 */
	public Emission refreshed(ContentItem item, long enrichmentVersion, CmsEventRef cmsEvent, Instant at) {
		ContentPublished event = new ContentPublished(item.contentId(), item.revision(), ContentPublished.REFRESHED,
				item, cmsEvent, at);
		return new Emission(this.topic, item.contentId(),
				StageEvent.eventId(item.contentId(), item.revision(), ContentPublished.STAGE) + "-v"
						+ enrichmentVersion,
				EventTypes.UPDATED, at, event);
	}

	/**
	 * Sends a {@link ContentWithdrawn}.
	 * @param contentId the item
	 * @param revision the revision of the withdrawal
	 * @param kind article or episode
	 * @param reason why
	 * @param takedown whether it is a takedown rather than a kill
	 * @param cmsEvent the CMS event it came from
	 * @param at when it was withdrawn
	 * @return the event to send
	 */
	public Emission withdrawn(String contentId, long revision, ContentKind kind, String reason, boolean takedown,
			CmsEventRef cmsEvent, Instant at) {
		ContentWithdrawn event = new ContentWithdrawn(contentId, revision, kind, reason, takedown, cmsEvent, at);
		return new Emission(this.topic, contentId, StageEvent.eventId(contentId, revision, ContentWithdrawn.STAGE),
				EventTypes.WITHDRAWN, at, event);
	}

}
