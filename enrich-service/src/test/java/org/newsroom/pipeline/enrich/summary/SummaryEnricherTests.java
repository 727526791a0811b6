package org.newsroom.pipeline.enrich.summary;

import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.enrich.text.Sentences;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryEnricherTests {

	private final SummaryEnricher summary = new SummaryEnricher(Sentences.load());

	@Test
	void keepsWholeSentencesWithinTheLimit() {
		String sentence = "This sentence has exactly sixty characters in it, roughly ok.";
		String text = (sentence + " ").repeat(10);
		String result = this.summary.summarize(text, "en");
		assertThat(result.length()).isLessThanOrEqualTo(300);
		assertThat(result).endsWith("ok.").startsWith("This sentence");
		assertThat(result.split("\\. ")).hasSizeGreaterThanOrEqualTo(4);
	}

	@Test
	void cutsAnOverlongFirstSentenceAtAWord() {
		String result = this.summary.summarize("word ".repeat(100) + "end.", "en");
		assertThat(result.length()).isLessThanOrEqualTo(300);
		assertThat(result).endsWith("word…");
	}

}
