package org.newsroom.pipeline.contract.events;

import java.time.Instant;

import org.newsroom.pipeline.contract.cms.CmsContent;

/**
 * Ingest validated, normalised and stored a new revision of an item.
 *
 * @param contentId the item
 * @param revision the stored revision
 * @param content the normalised CMS payload
 * @param cmsEvent the CMS event it came from
 * @param ingestedAt when ingest stored it
 */
public record ContentIngested(String contentId, long revision, CmsContent content, CmsEventRef cmsEvent,
		Instant ingestedAt) implements StageEvent {

	/** The stage name in event ids and lineage. */
	public static final String STAGE = "ingested";

}
