package org.newsroom.pipeline.enrich.chain;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.newsroom.pipeline.contract.events.ContentEnriched.EnricherRun;
import org.newsroom.pipeline.contract.events.ContentIngested;
import org.newsroom.pipeline.enrich.dateline.DatelineEnricher;
import org.newsroom.pipeline.enrich.entities.EntityEnricher;
import org.newsroom.pipeline.enrich.episode.EpisodeEnricher;
import org.newsroom.pipeline.enrich.keywords.DocumentFrequencies;
import org.newsroom.pipeline.enrich.keywords.KeywordEnricher;
import org.newsroom.pipeline.enrich.language.LanguageEnricher;
import org.newsroom.pipeline.enrich.summary.SummaryEnricher;
import org.newsroom.pipeline.enrich.text.ReadingTimeEnricher;
import org.newsroom.pipeline.enrich.text.Sentences;
import org.newsroom.pipeline.enrich.text.TextEnricher;
import org.newsroom.pipeline.enrich.topics.TopicEnricher;

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
	 * The default chain with every enricher; loads all models and data files once.
	 * @param documentFrequencies where keyword document frequencies are kept
	 * @return the chain
	 */
	public static EnricherChain standard(DocumentFrequencies documentFrequencies) {
		return standard(documentFrequencies, null);
	}

	/**
	 * The default chain with an operator's additional gazetteer.
	 * @param documentFrequencies where keyword document frequencies are kept
	 * @param extraGazetteer a gazetteer file in the format of
	 * {@code enrich/gazetteer.tsv}, or {@code null}
	 * @return the chain
	 */
	public static EnricherChain standard(DocumentFrequencies documentFrequencies, Path extraGazetteer) {
		Sentences sentences = Sentences.load();
		return new EnricherChain(
				List.of(new TextEnricher(), new DatelineEnricher(), new LanguageEnricher(), new ReadingTimeEnricher(),
						new EntityEnricher(sentences, extraGazetteer), new KeywordEnricher(documentFrequencies),
						TopicEnricher.standard(), new SummaryEnricher(sentences), new EpisodeEnricher()));
	}

	/**
	 * A chain that only converts text, without any model: a baseline profile for
	 * benchmarks.
	 * @return the chain
	 */
	public static EnricherChain noop() {
		return new EnricherChain(List.of(new TextEnricher()));
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
