package org.newsroom.pipeline.enrich.chain;

import java.util.List;

import org.newsroom.pipeline.contract.events.ContentEnriched;
import org.newsroom.pipeline.contract.events.ContentItem;

/**
 * What the chain made of one item: the enriched item and one provenance entry per
 * enricher.
 *
 * @param item the enriched item
 * @param provenance the runs, in chain order
 */
public record EnrichmentResult(ContentItem item, List<ContentEnriched.EnricherRun> provenance) {

	public EnrichmentResult {
		provenance = List.copyOf(provenance);
	}

	/**
	 * Whether any enricher failed.
	 * @return {@code true} when at least one run failed
	 */
	public boolean hasFailures() {
		return this.provenance.stream().anyMatch((run) -> EnricherChain.FAILED.equals(run.outcome()));
	}

}
