package org.newsroom.pipeline.contract.events;

import java.time.Instant;

/**
 * Publish made a revision of an item live on the channels; sent on
 * {@code content.published.v1} for other systems.
 *
 * @param contentId the item
 * @param revision the live revision
 * @param change {@code published} for the first live revision, {@code updated} after
 * @param item the item as the channels show it
 * @param cmsEvent the CMS event it came from
 * @param publishedAt when it went live
 */
public record ContentPublished(String contentId, long revision, String change, ContentItem item, CmsEventRef cmsEvent,
		Instant publishedAt) implements StageEvent {

	/** The stage name in event ids and lineage. */
	public static final String STAGE = "published";

}
