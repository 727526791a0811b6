package org.newsroom.pipeline.contract.events;

import java.time.Instant;
import java.util.List;

/**
 * Enrich added metadata to a revision of an item.
 *
 * @param contentId the item
 * @param revision the CMS revision
 * @param enrichmentVersion the version of the enricher chain; grows when an operator
 * re-enriches, so a re-emitted revision is not taken for a duplicate
 * @param item the item as channels show it
 * @param provenance one entry per enricher that ran
 * @param cmsEvent the CMS event it came from
 * @param enrichedAt when enrichment finished
 */
public record ContentEnriched(String contentId, long revision, long enrichmentVersion, ContentItem item,
		List<EnricherRun> provenance, CmsEventRef cmsEvent, Instant enrichedAt) implements StageEvent {

	/** The stage name in event ids and lineage. */
	public static final String STAGE = "enriched";

	public ContentEnriched {
		provenance = (provenance != null) ? List.copyOf(provenance) : List.of();
	}

	/**
	 * One enricher's run over the item.
	 *
	 * @param enricher its name
	 * @param version its version
	 * @param durationMicros how long it took
	 * @param outcome {@code ok}, {@code failed} or {@code skipped}
	 * @param error what went wrong, when it failed
	 */
	public record EnricherRun(String enricher, String version, long durationMicros, String outcome, String error) {
	}

}
