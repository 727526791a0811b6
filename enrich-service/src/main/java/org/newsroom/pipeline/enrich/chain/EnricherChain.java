package org.newsroom.pipeline.enrich.chain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.newsroom.pipeline.contract.events.ContentEnriched.EnricherRun;
import org.newsroom.pipeline.contract.events.ContentIngested;

/**
 * Runs enrichers in order over an item; a failing enricher is recorded in provenance and
 * never stops the item. Thread-safe when its enrichers are.
 */
public final class EnricherChain {

	static final String OK = "ok";

	static final String FAILED = "failed";

	private static final Logger logger = LoggerFactory.getLogger(EnricherChain.class);

	private final List<Enricher> enrichers;

	private final ContentItemAssembler assembler;

	/**
	 * Creates a chain over the given enrichers, run in list order.
	 * @param enrichers the enrichers, with their models already loaded
	 */
	public EnricherChain(List<Enricher> enrichers) {
		this(enrichers, Clock.systemUTC());
	}

	/**
	 * Creates a chain that decides embargoes with the given clock.
	 * @param enrichers the enrichers, run in list order
	 * @param clock the clock for embargo decisions
	 */
	public EnricherChain(List<Enricher> enrichers, Clock clock) {
		this.enrichers = List.copyOf(enrichers);
		this.assembler = new ContentItemAssembler(clock);
	}

	/**
	 * The chain's version for provenance: its enrichers' names and versions joined.
	 * @return such as {@code text:1.0+language:1.0}
	 */
	public String version() {
		return this.enrichers.stream().map((e) -> e.name() + ":" + e.version()).collect(Collectors.joining("+"));
	}

	/**
	 * Enriches one item.
	 * @param input the ingested item
	 * @return the enriched item and the provenance of every enricher
	 */
	public EnrichmentResult enrich(ContentIngested input) {
		EnrichmentContext ctx = new EnrichmentContext(input);
		List<EnricherRun> runs = new ArrayList<>(this.enrichers.size());
		for (Enricher enricher : this.enrichers) {
			runs.add(run(enricher, ctx));
		}
		return new EnrichmentResult(this.assembler.assemble(ctx), runs);
	}

	private static EnricherRun run(Enricher enricher, EnrichmentContext ctx) {
		long start = System.nanoTime();
		try {
			enricher.enrich(ctx);
			return new EnricherRun(enricher.name(), enricher.version(), micros(start), OK, null);
		}
		catch (RuntimeException | StackOverflowError ex) {
			logger.warn("Enricher {} failed on {}", enricher.name(), ctx.content().contentId(), ex);
			String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
			return new EnricherRun(enricher.name(), enricher.version(), micros(start), FAILED, message);
		}
	}

	private static long micros(long startNanos) {
		return (System.nanoTime() - startNanos) / 1_000;
	}

}
