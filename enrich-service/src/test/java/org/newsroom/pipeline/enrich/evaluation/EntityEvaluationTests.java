package org.newsroom.pipeline.enrich.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
 * Precision, recall and F1 of entity recognition and the accuracy of language detection
 * over the hand-labelled items in {@code evaluation/items.jsonl}. The CMS gives no
 * language, so detection decides it.
 */
class EntityEvaluationTests {

	private static final Logger logger = LoggerFactory.getLogger(EntityEvaluationTests.class);

	private static final List<Outcome> outcomes = new ArrayList<>();

	@BeforeAll
	static void enrichEvaluationSet() {
		EvaluationSets.read("/evaluation/items.jsonl").forEach((node) -> outcomes.add(enrich(node)));
	}

	@Test
	void evaluationSetIsLargeAndBalanced() {
		long german = outcomes.stream().filter((o) -> o.expectedLanguage().equals("de")).count();
		assertThat(outcomes).hasSizeGreaterThanOrEqualTo(40);
		assertThat(german).isBetween(outcomes.size() / 2L - 5, outcomes.size() / 2L + 5);
	}

	@Test
	void detectsTheLanguageOfAlmostEveryItem() {
		long correct = outcomes.stream().filter((o) -> o.expectedLanguage().equals(o.item().language())).count();
		double accuracy = (double) correct / outcomes.size();
		logger.info("language accuracy {} ({} of {})", accuracy, correct, outcomes.size());
		assertThat(accuracy).isGreaterThanOrEqualTo(0.95);
	}

	@Test
	void findsPeopleByGivenNamesAndProperNouns() {
		assertThat(score("people", Outcome::expectedPeople, (o) -> o.item().people()).f1())
			.isGreaterThanOrEqualTo(0.80);
	}

	@Test
	void findsPlaces() {
		assertThat(score("places", Outcome::expectedPlaces, (o) -> o.item().places()).f1())
			.isGreaterThanOrEqualTo(0.80);
	}

	@Test
	void reportsOrganisations() {
		Score organisations = score("organisations", Outcome::expectedOrganisations, (o) -> o.item().organisations());
		assertThat(organisations.precision()).isGreaterThan(0.5);
	}

	private static Score score(String type, java.util.function.Function<Outcome, Set<String>> expected,
			java.util.function.Function<Outcome, List<Entity>> found) {
		int truePositives = 0;
		int foundCount = 0;
		int expectedCount = 0;
		for (Outcome outcome : outcomes) {
			Set<String> wanted = expected.apply(outcome);
			Set<String> missing = new HashSet<>(wanted);
			List<String> spurious = new ArrayList<>();
			for (Entity entity : found.apply(outcome)) {
				String hit = wanted.contains(key(entity.normalized())) ? key(entity.normalized())
						: wanted.contains(key(entity.name())) ? key(entity.name()) : null;
				if (hit != null && missing.remove(hit)) {
					truePositives++;
				}
				else if (hit == null) {
					spurious.add(entity.normalized());
				}
				foundCount += (hit == null || !missing.contains(hit)) ? 1 : 0;
			}
			expectedCount += wanted.size();
			if (!missing.isEmpty() || !spurious.isEmpty()) {
				logger.info("{} {}: missed {}, spurious {}", outcome.id(), type, missing, spurious);
			}
		}
		Score score = new Score(truePositives, foundCount, expectedCount);
		logger.info("{}: precision {} recall {} F1 {}", type, score.precision(), score.recall(), score.f1());
		return score;
	}

	private static Outcome enrich(JsonNode node) {
		ContentItem item = EvaluationSets.enrich(node);
		return new Outcome(node.path("id").asString(), node.path("language").asString(), keys(node.path("people")),
				keys(node.path("places")), keys(node.path("organisations")), item);
	}

	private static Set<String> keys(JsonNode array) {
		Set<String> keys = new HashSet<>();
		array.forEach((v) -> keys.add(key(v.asString())));
		return keys;
	}

	private record Outcome(String id, String expectedLanguage, Set<String> expectedPeople, Set<String> expectedPlaces,
			Set<String> expectedOrganisations, ContentItem item) {
	}

}
