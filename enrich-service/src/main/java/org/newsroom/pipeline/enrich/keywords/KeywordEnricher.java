package org.newsroom.pipeline.enrich.keywords;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.newsroom.pipeline.contract.events.ContentItem.Keyword;
import org.newsroom.pipeline.enrich.chain.Enricher;
import org.newsroom.pipeline.enrich.chain.EnrichmentContext;

/**
 * The top ten keywords by TF-IDF over stems, with document frequencies from the corpus
 * seen so far; each item then joins the corpus.
 */
public final class KeywordEnricher implements Enricher {

	static final int TOP = 10;

	private final DocumentFrequencies documentFrequencies;

	private final TermAnalyzer analyzer = new TermAnalyzer();

	/**
	 * Creates the enricher over a document-frequency store.
	 * @param documentFrequencies the store, in memory or MongoDB
	 */
	public KeywordEnricher(DocumentFrequencies documentFrequencies) {
		this.documentFrequencies = documentFrequencies;
	}

	@Override
	public String name() {
		return "keywords";
	}

	@Override
	public String version() {
		return "1.0";
	}

	@Override
	public void enrich(EnrichmentContext ctx) {
		Map<String, TermAnalyzer.Term> terms = this.analyzer.analyze(ctx.headline() + "\n\n" + ctx.bodyText(),
				ctx.language());
		if (terms.isEmpty()) {
			return;
		}
		long documents = this.documentFrequencies.documents();
		Map<String, Long> frequencies = this.documentFrequencies.frequencies(terms.keySet());
		int total = terms.values().stream().mapToInt(TermAnalyzer.Term::count).sum();
		List<Keyword> keywords = terms.entrySet()
			.stream()
			.map((e) -> new Keyword(e.getValue().surface(),
					score(e.getValue().count(), total, documents, frequencies.getOrDefault(e.getKey(), 0L))))
			.sorted(Comparator.comparingDouble(Keyword::score).reversed().thenComparing(Keyword::term))
			.limit(TOP)
			.toList();
		ctx.setKeywords(keywords);
		this.documentFrequencies.add(terms.keySet());
	}

	/** Term frequency times smoothed inverse document frequency. */
	static double score(int count, int total, long documents, long documentFrequency) {
		double tf = (double) count / total;
		double idf = Math.log((1.0 + documents) / (1.0 + documentFrequency)) + 1.0;
		return Math.round(tf * idf * 10_000) / 10_000.0;
	}

}
