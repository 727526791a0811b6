package org.newsroom.pipeline.enrich.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.contract.events.ContentItem.Entity;

import org.newsroom.pipeline.enrich.evaluation.EvaluationSets.Score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.pipeline.enrich.evaluation.EvaluationSets.key;

/**
 * Entity recognition and dateline parsing on {@code evaluation/unseen-news.jsonl}: 200
 * items (100 German, 100 English, a fifth of them podcast show notes) written for this
 * evaluation, whose names are in no list the recognisers use (see
 * {@code evaluation/UNSEEN-NEWS.md}). Precision, recall and F1 per type and language and
 * the dateline accuracy go to the log and to {@code target/evaluation/unseen-news.md},
 * the table {@code docs/enrichment.md} shows.
 *
 * <p>
 * The floors below are the figures of the current recognisers, so that a change that
 * makes them worse fails; they are not the targets (people and places F1 0.85,
 * organisations 0.75, datelines 95 %), which {@code docs/enrichment.md} compares them
 * with.
 */
class UnseenNewsEvaluationTests {

	private static final Logger logger = LoggerFactory.getLogger(UnseenNewsEvaluationTests.class);

	private static final Path REPORT = Path.of("target", "evaluation", "unseen-news.md");

	private static final List<String> TYPES = List.of("people", "places", "organisations");

	private static final List<Outcome> outcomes = new ArrayList<>();

	@BeforeAll
	static void enrichTheUnseenNews() {
		EvaluationSets.read("/evaluation/unseen-news.jsonl").forEach((node) -> outcomes.add(enrich(node)));
	}

	@AfterAll
	static void writeTheReport() throws IOException {
		StringBuilder table = new StringBuilder(
				"| Type | Language | Gold | Found | Right | Precision | Recall | F1 |\n|---|---|---:|---:|---:|---:|---:|---:|\n");
		for (String type : TYPES) {
			for (String language : List.of("de", "en", "all")) {
				Score s = score(type, language);
				table.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %.3f | %.3f | %.3f |%n", type,
						language, s.expected(), s.found(), s.truePositives(), s.precision(), s.recall(), s.f1()));
			}
		}
		table.append("\n| Datelines | Language | Items | Right | Accuracy |\n|---|---|---:|---:|---:|\n");
		for (String language : List.of("de", "en", "all")) {
			List<Outcome> items = of(language);
			long right = items.stream().filter(Outcome::datelineRight).count();
			table.append(String.format(Locale.ROOT, "| datelines | %s | %d | %d | %.3f |%n", language, items.size(),
					right, (double) right / items.size()));
		}
		Files.createDirectories(REPORT.getParent());
		Files.writeString(REPORT, table.toString());
		logger.info("unseen news evaluation:\n{}", table);
	}

	@Test
	void coversBothLanguagesAndShowNotesAsWritten() {
		assertThat(of("de")).hasSize(100);
		assertThat(of("en")).hasSize(100);
		assertThat(outcomes.stream().filter((o) -> o.kind().equals("episode")).count()).isEqualTo(40);
	}

	@Test
	void findsPeopleAtLeastAsWellAsBefore() {
		assertThat(score("people", "all").f1()).isGreaterThanOrEqualTo(Floors.PEOPLE);
	}

	@Test
	void findsPlacesAtLeastAsWellAsBefore() {
		assertThat(score("places", "all").f1()).isGreaterThanOrEqualTo(Floors.PLACES);
	}

	@Test
	void findsOrganisationsAtLeastAsWellAsBefore() {
		assertThat(score("organisations", "all").f1()).isGreaterThanOrEqualTo(Floors.ORGANISATIONS);
	}

	@Test
	void readsDatelinesAtLeastAsWellAsBefore() {
		long right = outcomes.stream().filter(Outcome::datelineRight).count();
		assertThat((double) right / outcomes.size()).isGreaterThanOrEqualTo(Floors.DATELINES);
	}

	private static List<Outcome> of(String language) {
		return outcomes.stream().filter((o) -> language.equals("all") || o.language().equals(language)).toList();
	}

	private static Score score(String type, String language) {
		int truePositives = 0;
		int found = 0;
		int expected = 0;
		for (Outcome outcome : of(language)) {
			List<Set<String>> gold = outcome.gold().get(type);
			List<Set<String>> missing = new ArrayList<>(gold);
			List<String> spurious = new ArrayList<>();
			for (Entity entity : outcome.found().get(type)) {
				found++;
				Set<String> hit = missing.stream()
					.filter((variants) -> variants.contains(key(entity.normalized()))
							|| variants.contains(key(entity.name())))
					.findFirst()
					.orElse(null);
				if (hit != null) {
					missing.remove(hit);
					truePositives++;
				}
				else if (gold.stream()
					.noneMatch((variants) -> variants.contains(key(entity.normalized()))
							|| variants.contains(key(entity.name())))) {
					spurious.add(entity.normalized() + " [" + entity.origin() + "]");
				}
			}
			expected += gold.size();
			if (language.equals("all") && (!missing.isEmpty() || !spurious.isEmpty())) {
				logger.debug("{} {}: missed {}, spurious {}", outcome.id(), type, missing, spurious);
			}
		}
		return new Score(truePositives, found, expected);
	}

	private static Outcome enrich(JsonNode node) {
		ContentItem item = EvaluationSets.enrich(node);
		Map<String, List<Set<String>>> gold = new LinkedHashMap<>();
		TYPES.forEach((type) -> gold.put(type, gold(node.path(type))));
		Map<String, List<Entity>> found = Map.of("people", item.people(), "places", item.places(), "organisations",
				item.organisations());
		JsonNode dateline = node.path("dateline");
		boolean datelineRight = dateline.isNull() || dateline.isMissingNode() ? item.dateline() == null
				: item.dateline() != null && key(dateline.path("place").asString()).equals(key(item.dateline().place()))
						&& (dateline.path("date").isNull()
								|| dateline.path("date").asString().equals(item.dateline().date()));
		return new Outcome(node.path("id").asString(), node.path("language").asString(), node.path("kind").asString(),
				gold, found, datelineRight);
	}

	/** Each gold entity is a name or an array of accepted spellings. */
	private static List<Set<String>> gold(JsonNode array) {
		List<Set<String>> entities = new ArrayList<>();
		for (JsonNode entity : array) {
			List<JsonNode> variants = entity.isArray() ? entity.valueStream().toList() : List.of(entity);
			entities.add(variants.stream()
				.map(JsonNode::asString)
				.map(EvaluationSets::key)
				.collect(Collectors.toUnmodifiableSet()));
		}
		return entities;
	}

	private record Outcome(String id, String language, String kind, Map<String, List<Set<String>>> gold,
			Map<String, List<Entity>> found, boolean datelineRight) {
	}

	/** The figures of the current recognisers, rounded down. */
	private static final class Floors {

		static final double PEOPLE = 0.72;

		static final double PLACES = 0.83;

		static final double ORGANISATIONS = 0.49;

		static final double DATELINES = 0.91;

	}

}
