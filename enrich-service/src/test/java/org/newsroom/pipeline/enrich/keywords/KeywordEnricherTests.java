package org.newsroom.pipeline.enrich.keywords;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.contract.events.ContentItem.Keyword;
import org.newsroom.pipeline.enrich.chain.Enricher;
import org.newsroom.pipeline.enrich.chain.EnricherChain;
import org.newsroom.pipeline.enrich.chain.EnrichmentContext;
import org.newsroom.pipeline.enrich.chain.TestItems;
import org.newsroom.pipeline.enrich.text.TextEnricher;

import static org.assertj.core.api.Assertions.assertThat;

class KeywordEnricherTests {

	@Test
	void ranksReadableGermanKeywordsWithoutNumbersOrShortWords() {
		InMemoryDocumentFrequencies frequencies = new InMemoryDocumentFrequencies();
		EnricherChain chain = new EnricherChain(
				List.of(new TextEnricher(), new FixedLanguage("de"), new KeywordEnricher(frequencies)));
		ContentItem item = chain.enrich(TestItems.sample(1)).item();
		List<String> terms = item.keywords().stream().map(Keyword::term).toList();
		assertThat(item.keywords()).as(terms.toString()).hasSize(10);
		assertThat(terms).contains("Ukraine", "Waffenstillstand")
			.noneMatch((t) -> t.length() < 3 || t.chars().anyMatch(Character::isDigit))
			.doesNotContain("der", "die", "und");
		assertThat(item.keywords().get(0).score()).isGreaterThanOrEqualTo(item.keywords().get(9).score());
		assertThat(frequencies.documents()).isEqualTo(1);
	}

	@Test
	void weighsDownTermsThatEveryDocumentHas() {
		InMemoryDocumentFrequencies frequencies = new InMemoryDocumentFrequencies();
		for (int i = 0; i < 20; i++) {
			frequencies.add(Set.of("regier"));
		}
		double common = KeywordEnricher.score(3, 100, frequencies.documents(), 20);
		double rare = KeywordEnricher.score(3, 100, frequencies.documents(), 0);
		assertThat(rare).isGreaterThan(common * 2);
	}

	@Test
	void stemsEnglishWithTheEnglishAnalyzer() {
		TermAnalyzer analyzer = new TermAnalyzer();
		var terms = analyzer.analyze("Negotiators negotiated. The negotiations of 2035 went on.", "en");
		assertThat(terms).containsKey("negoti").doesNotContainKey("the").doesNotContainKey("2035");
		assertThat(terms.get("negoti").count()).isEqualTo(3);
	}

	private record FixedLanguage(String language) implements Enricher {

		@Override
		public String name() {
			return "fixed-language";
		}

		@Override
		public String version() {
			return "1";
		}

		@Override
		public void enrich(EnrichmentContext ctx) {
			ctx.setLanguage(this.language, 1.0, false);
		}

	}

}
