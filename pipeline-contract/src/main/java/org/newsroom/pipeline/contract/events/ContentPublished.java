package org.newsroom.pipeline.contract.events;

import java.time.Instant;

/**
 * Publish made a revision of an item live on the channels; sent on
 * {@code content.published.v1} for other systems.
 *
 * @param contentId the item
 * @param revision the live revision
 * @param change {@value #PUBLISHED} for the first live revision, {@value #UPDATED} after,
 * {@value #REFRESHED} for new metadata of the live revision (a re-enrichment or a
 * backfill)
 * @param item the item as the channels show it
 * @param cmsEvent the CMS event it came from
 * @param publishedAt when it went live
 */
public record ContentPublished(String contentId, long revision, String change, ContentItem item, CmsEventRef cmsEvent,
		Instant publishedAt) implements StageEvent {

	/** The stage name in event ids and lineage. */
	public static final String STAGE = "published";

	/** The change of an item's first live revision. */
	public static final String PUBLISHED = "published";

	/** The change of a newer revision replacing the live one. */
	public static final String UPDATED = "updated";

	/** The change of new metadata of the live revision. */
	public static final String REFRESHED = "refreshed";

}
