package org.newsroom.pipeline.enrich.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentencesTests {

	private static final Sentences sentences = Sentences.load();

	@Test
	void splitsEnglishButNotAtAbbreviations() {
		assertThat(
				sentences.split("Mr. Smith met Dr. Jones in the U.S. on Monday. They talked. \"Fine,\" he said.", "en"))
			.containsExactly("Mr. Smith met Dr. Jones in the U.S. on Monday.", "They talked.", "\"Fine,\" he said.");
	}

	@Test
	void splitsGermanWithTheOpenNlpModel() {
		assertThat(
				sentences.split("Die Lage ist ernst. Wird er die Ukraine aufrüsten? Zu einem Frieden zwingen?", "de"))
			.containsExactly("Die Lage ist ernst.", "Wird er die Ukraine aufrüsten?", "Zu einem Frieden zwingen?");
	}

	@Test
	void endsSentencesAtParagraphs() {
		assertThat(sentences.split("Headline without stop\n\nNext paragraph.", "en"))
			.containsExactly("Headline without stop", "Next paragraph.");
	}

}
