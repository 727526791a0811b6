package org.newsroom.pipeline.enrich.enrichment;

import org.newsroom.pipeline.contract.events.ContentEnriched;
import org.newsroom.pipeline.contract.events.ContentIngested;

/**
 * What enrich keeps of an item: the input it enriched and the result it announced.
 *
 * @param contentId the item
 * @param revision the stored revision
 * @param enrichmentVersion grows with every re-enrichment of the revision
 * @param withdrawn whether the item is withdrawn
 * @param announced whether the stored result was sent downstream
 * @param input the ingested item, kept for re-enrichment
 * @param result the enriched event, or {@code null} for a withdrawal
 */
public record EnrichedItem(String contentId, long revision, long enrichmentVersion, boolean withdrawn,
		boolean announced, ContentIngested input, ContentEnriched result) {
}
