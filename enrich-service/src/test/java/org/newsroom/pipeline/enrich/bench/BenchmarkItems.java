package org.newsroom.pipeline.enrich.bench;

import org.newsroom.pipeline.contract.events.ContentIngested;
import org.newsroom.pipeline.contract.synthetic.SyntheticArticles;
import org.newsroom.pipeline.enrich.chain.TestItems;

/**
 * The 5 KB articles the benchmarks enrich: the pipeline benchmark's synthetic articles.
 */
final class BenchmarkItems {

	private BenchmarkItems() {
	}

	static ContentIngested germanArticle() {
		return TestItems.article("bench-de", null, "Haushalt: Regierung legt Entwurf vor",
				SyntheticArticles.body(true, 42));
	}

	static ContentIngested englishArticle() {
		return TestItems.article("bench-en", null, "Budget: government presents its plan",
				SyntheticArticles.body(false, 42));
	}

}
