package org.newsroom.pipeline.enrich.language;

import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.enrich.chain.EnrichmentResult;
import org.newsroom.pipeline.enrich.chain.TestItems;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageEnricherTests {

	private static final String GERMAN = "<p>Die Bundesregierung hat am Mittwoch einen neuen Haushaltsentwurf vorgelegt. "
			+ "Die Opposition kritisierte die geplanten Kürzungen bei der Bildung scharf.</p>";

	@Test
	void detectsTenLanguagesWithConfidence() {
		LanguageEnricher enricher = new LanguageEnricher();
		assertThat(enricher.detect("Die Regierung hat am Mittwoch einen neuen Haushalt vorgelegt.").code())
			.isEqualTo("de");
		assertThat(enricher.detect("Le gouvernement a présenté mercredi un nouveau budget.").code()).isEqualTo("fr");
		assertThat(enricher.detect("Уряд у середу представив новий бюджет країни.").code()).isEqualTo("uk");
		assertThat(enricher.detect("Rząd przedstawił w środę nowy budżet państwa.").code()).isEqualTo("pl");
		assertThat(enricher.detect("The government presented a new budget on Wednesday.").confidence()).isBetween(0.5,
				1.0);
	}

	@Test
	void keepsTheCmsLanguageAndFlagsAConfidentConflict() {
		ContentItem item = TestItems.standardChain()
			.enrich(TestItems.article("lang-1", "en", "Haushalt vorgelegt", GERMAN))
			.item();
		assertThat(item.language()).isEqualTo("en");
		assertThat(item.languageConflict()).isTrue();
	}

	@Test
	void agreesWithAMatchingCmsLanguage() {
		ContentItem item = TestItems.standardChain()
			.enrich(TestItems.article("lang-2", "de-DE", "Haushalt vorgelegt", GERMAN))
			.item();
		assertThat(item.language()).isEqualTo("de-DE");
		assertThat(item.languageConflict()).isFalse();
		assertThat(item.languageConfidence()).isGreaterThan(0.8);
	}

	@Test
	void detectsTheLanguageWhenTheCmsGivesNone() {
		ContentItem item = TestItems.standardChain()
			.enrich(TestItems.article("lang-3", null, "Haushalt vorgelegt", GERMAN))
			.item();
		assertThat(item.language()).isEqualTo("de");
		assertThat(item.languageConflict()).isNull();
	}

	@Test
	void keepsTheCmsLanguageWithoutAConfidenceWhenTheTextHasNoLetters() {
		EnrichmentResult result = TestItems.standardChain()
			.enrich(TestItems.article("lang-4", "de", "2025", "<p>1234 — 56</p>"));
		assertThat(result.item().language()).isEqualTo("de");
		assertThat(result.item().languageConfidence()).isNull();
		assertThat(result.item().languageConflict()).isFalse();
		assertThat(result.provenance()).filteredOn((run) -> run.enricher().equals("language"))
			.singleElement()
			.satisfies((run) -> assertThat(run.outcome()).isEqualTo("ok"));
	}

}
