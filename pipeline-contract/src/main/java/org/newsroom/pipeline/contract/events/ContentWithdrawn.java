package org.newsroom.pipeline.contract.events;

import java.time.Instant;

import org.newsroom.pipeline.contract.cms.ContentKind;

/**
 * An item was withdrawn; it travels through every stage like an item, so each stage can
 * remove what it holds and drop older revisions that arrive late.
 *
 * @param contentId the item
 * @param revision the revision of the withdrawal
 * @param kind article or episode
 * @param reason why, as the CMS gave it
 * @param takedown whether the item leaves every channel without a notice to subscribers
 * (a takedown) instead of with {@code content.withdrawn} (a kill)
 * @param cmsEvent the CMS event it came from
 * @param withdrawnAt when the emitting stage processed it
 */
public record ContentWithdrawn(String contentId, long revision, ContentKind kind, String reason, boolean takedown,
		CmsEventRef cmsEvent, Instant withdrawnAt) implements StageEvent {

	/** The stage name in event ids and lineage. */
	public static final String STAGE = "withdrawn";

}
