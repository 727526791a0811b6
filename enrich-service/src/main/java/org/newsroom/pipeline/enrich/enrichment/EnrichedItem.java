package org.newsroom.pipeline.enrich.enrichment;

import org.newsroom.pipeline.contract.events.ContentEnriched;
import org.newsroom.pipeline.contract.events.ContentIngested;
import org.newsroom.pipeline.contract.events.ContentWithdrawn;

/**
 * What enrich keeps of an item: the input it enriched and the result it announced, or the
 * withdrawal it passed on.
 *
 * @param contentId the item
 * @param revision the stored revision
 * @param enrichmentVersion grows with every re-enrichment of the revision
 * @param withdrawn whether the item is withdrawn
 * @param input the ingested item, kept for re-enrichment
 * @param result the enriched event, or {@code null} for a withdrawal
 * @param withdrawal the withdrawal passed on, or {@code null}
 * @param writtenAt the position of the record that wrote this state, {@code null} for a
 * re-enrichment
 * @param writes how often the document was written
 * @param backfill the backfill that re-enriched this state, or {@code null}; a resumed
 * backfill does not enrich it again
 */
public record EnrichedItem(String contentId, long revision, long enrichmentVersion, boolean withdrawn,
		ContentIngested input, ContentEnriched result, ContentWithdrawn withdrawal, String writtenAt, long writes,
		String backfill) {

	String headline() {
		return (this.input != null) ? this.input.content().headline() : null;
	}

}
