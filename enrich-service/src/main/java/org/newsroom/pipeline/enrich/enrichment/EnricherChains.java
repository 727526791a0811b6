package org.newsroom.pipeline.enrich.enrichment;

import java.nio.file.Path;
import java.util.List;

import org.newsroom.pipeline.enrich.chain.EnricherChain;
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
 * The enricher chains the service runs: the standard one with every enricher, and a
 * text-only one for measuring the pipeline without enrichment cost. Assembled here, not
 * in the chain package, so the chain knows no enricher and no enricher knows another.
 */
public final class EnricherChains {

	private EnricherChains() {
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

}
