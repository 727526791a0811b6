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
		String type = "updated".equals(change) ? EventTypes.UPDATED : EventTypes.PUBLISHED;
		return new Emission(this.topic, item.contentId(),
				StageEvent.eventId(item.contentId(), item.revision(), ContentPublished.STAGE), type, at, event);
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
