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
 * Entity recognition and dateline parsing on {@code evaluation/unseen-news.jsonl}: 200
 * items (100 German, 100 English, a fifth of them podcast show notes) written for this
 * evaluation, whose names are in no list the recognisers use (see
 * {@code evaluation/UNSEEN-NEWS.md}). Precision, recall and F1 per type and language and
 * the dateline accuracy go to the log and to {@code target/evaluation/unseen-news.md},
 * the table {@code docs/enrichment.md} shows; the misses go beside it.
 *
 * <p>
 * The floors below are a little under the figures of the current recognisers, so that a
 * change that makes them worse fails; they lie above the targets (people and places F1
 * 0.85, organisations 0.75, datelines 95 %), which {@code docs/enrichment.md} compares
 * them with.
 */
class UnseenNewsEvaluationTests {

	private static final Logger logger = LoggerFactory.getLogger(UnseenNewsEvaluationTests.class);

	private static final Path REPORT = Path.of("target", "evaluation", "unseen-news.md");

	private static GoldEvaluation evaluation;

	@BeforeAll
	static void enrichTheUnseenNews() {
		evaluation = GoldEvaluation.of("/evaluation/unseen-news.jsonl");
	}

	@AfterAll
	static void writeTheReport() throws IOException {
		logger.info("unseen news evaluation:\n{}", evaluation.write(REPORT));
	}

	@Test
	void coversBothLanguagesAndShowNotesAsWritten() {
		assertThat(evaluation.items("de")).hasSize(100);
		assertThat(evaluation.items("en")).hasSize(100);
		assertThat(evaluation.episodes()).isEqualTo(40);
	}

	@Test
	void findsPeopleAtLeastAsWellAsBefore() {
		assertThat(evaluation.score("people", "all").f1()).isGreaterThanOrEqualTo(Floors.PEOPLE);
	}

	@Test
	void findsPlacesAtLeastAsWellAsBefore() {
		assertThat(evaluation.score("places", "all").f1()).isGreaterThanOrEqualTo(Floors.PLACES);
	}

	@Test
	void findsOrganisationsAtLeastAsWellAsBefore() {
		assertThat(evaluation.score("organisations", "all").f1()).isGreaterThanOrEqualTo(Floors.ORGANISATIONS);
	}

	@Test
	void readsDatelinesAtLeastAsWellAsBefore() {
		assertThat(evaluation.datelineAccuracy("all")).isGreaterThanOrEqualTo(Floors.DATELINES);
	}

	/** The figures of the current recognisers, rounded down. */
	private static final class Floors {

		static final double PEOPLE = 0.91;

		static final double PLACES = 0.87;

		static final double ORGANISATIONS = 0.83;

		static final double DATELINES = 0.99;

	}

}
