package org.newsroom.pipeline.enrich.chain;

/**
 * One step of enrichment with a name and a version, run by an {@link EnricherChain}.
 */
public interface Enricher {

	/**
	 * The name recorded in provenance.
	 * @return a short stable name such as {@code language}
	 */
	String name();

	/**
	 * The version recorded in provenance; changes when results may change.
	 * @return a version such as {@code 1.0}
	 */
	String version();

	/**
	 * Reads what the item and earlier enrichers provide and adds to it.
	 * @param ctx the item being enriched
	 */
	void enrich(EnrichmentContext ctx);

}
