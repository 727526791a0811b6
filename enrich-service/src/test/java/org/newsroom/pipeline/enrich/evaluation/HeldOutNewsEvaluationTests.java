package org.newsroom.pipeline.enrich.evaluation;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entity recognition and dateline parsing on {@code evaluation/held-out-news.jsonl}: 60
 * items (30 German, 30 English, a fifth of them podcast show notes) written by the rules
 * of {@code evaluation/UNSEEN-NEWS.md} before the recognisers were tuned on
 * {@code unseen-news.jsonl}, and never looked at while tuning (see
 * {@code evaluation/HELD-OUT-NEWS.md}). Its figures, in
 * {@code target/evaluation/held-out-news.md}, say whether the rules found on the
 * development set hold up on news nobody tuned them to. The floors, a little under the
 * figures the recognisers reached when their tuning was done, were set only then.
 */
class HeldOutNewsEvaluationTests {

	private static final Logger logger = LoggerFactory.getLogger(HeldOutNewsEvaluationTests.class);

	private static final Path REPORT = Path.of("target", "evaluation", "held-out-news.md");

	private static GoldEvaluation evaluation;

	@BeforeAll
	static void enrichTheHeldOutNews() {
		evaluation = GoldEvaluation.of("/evaluation/held-out-news.jsonl");
	}

	@AfterAll
	static void writeTheReport() throws IOException {
		logger.info("held-out news evaluation:\n{}", evaluation.write(REPORT));
	}

	@Test
	void coversBothLanguagesAndShowNotesAsWritten() {
		assertThat(evaluation.items("de")).hasSize(30);
		assertThat(evaluation.items("en")).hasSize(30);
		assertThat(evaluation.episodes()).isEqualTo(12);
	}

	@Test
	void findsPeopleInNewsNobodyTunedTo() {
		assertThat(evaluation.score("people", "all").f1()).isGreaterThanOrEqualTo(Floors.PEOPLE);
	}

	@Test
	void findsPlacesInNewsNobodyTunedTo() {
		assertThat(evaluation.score("places", "all").f1()).isGreaterThanOrEqualTo(Floors.PLACES);
	}

	@Test
	void findsOrganisationsInNewsNobodyTunedTo() {
		assertThat(evaluation.score("organisations", "all").f1()).isGreaterThanOrEqualTo(Floors.ORGANISATIONS);
	}

	@Test
	void readsDatelinesInNewsNobodyTunedTo() {
		assertThat(evaluation.datelineAccuracy("all")).isGreaterThanOrEqualTo(Floors.DATELINES);
	}

	/** The figures when tuning on the development set ended, rounded down. */
	private static final class Floors {

		static final double PEOPLE = 0.94;

		static final double PLACES = 0.85;

		static final double ORGANISATIONS = 0.79;

		static final double DATELINES = 0.96;

	}

}
