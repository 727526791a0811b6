package org.newsroom.pipeline.enrich.evaluation;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks every annotated set gets: its size as written, and people, places,
 * organisations and datelines at least as good as the set's floors. The table and the
 * misses go to {@code target/evaluation/<set>.md}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GoldSetTests {

	private static final Logger logger = LoggerFactory.getLogger(GoldSetTests.class);

	private final String set;

	private final int itemsPerLanguage;

	private final int episodes;

	private final Floors floors;

	private GoldEvaluation evaluation;

	/**
	 * @param set the set's name, such as {@code unseen-news}
	 * @param itemsPerLanguage items per language, as the set was written
	 * @param episodes show notes in all
	 * @param floors the lowest F1 per type and dateline accuracy the recognisers may
	 * reach
	 */
	GoldSetTests(String set, int itemsPerLanguage, int episodes, Floors floors) {
		this.set = set;
		this.itemsPerLanguage = itemsPerLanguage;
		this.episodes = episodes;
		this.floors = floors;
	}

	@BeforeAll
	void enrichTheSet() {
		this.evaluation = GoldEvaluation.of("/evaluation/" + this.set + ".jsonl");
	}

	@AfterAll
	void writeTheReport() throws IOException {
		logger.info("{} evaluation:\n{}", this.set,
				this.evaluation.write(Path.of("target", "evaluation", this.set + ".md")));
	}

	@Test
	void coversBothLanguagesAndShowNotesAsWritten() {
		assertThat(this.evaluation.items("de")).hasSize(this.itemsPerLanguage);
		assertThat(this.evaluation.items("en")).hasSize(this.itemsPerLanguage);
		assertThat(this.evaluation.episodes()).isEqualTo(this.episodes);
	}

	@Test
	void findsPeopleAtLeastAsWellAsBefore() {
		assertThat(this.evaluation.score("people", "all").f1()).isGreaterThanOrEqualTo(this.floors.people());
	}

	@Test
	void findsPlacesAtLeastAsWellAsBefore() {
		assertThat(this.evaluation.score("places", "all").f1()).isGreaterThanOrEqualTo(this.floors.places());
	}

	@Test
	void findsOrganisationsAtLeastAsWellAsBefore() {
		assertThat(this.evaluation.score("organisations", "all").f1())
			.isGreaterThanOrEqualTo(this.floors.organisations());
	}

	@Test
	void readsDatelinesAtLeastAsWellAsBefore() {
		assertThat(this.evaluation.datelineAccuracy("all")).isGreaterThanOrEqualTo(this.floors.datelines());
	}

	/**
	 * Floors of a set: F1 per entity type and dateline accuracy, over both languages.
	 *
	 * @param people people F1
	 * @param places places F1
	 * @param organisations organisations F1
	 * @param datelines share of datelines right
	 */
	record Floors(double people, double places, double organisations, double datelines) {
	}

}
