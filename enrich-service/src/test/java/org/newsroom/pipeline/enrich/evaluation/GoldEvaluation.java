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

import tools.jackson.databind.JsonNode;

import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.contract.events.ContentItem.Entity;

import org.newsroom.pipeline.enrich.evaluation.EvaluationSets.Score;

import static org.newsroom.pipeline.enrich.evaluation.EvaluationSets.key;

/**
 * One run of the enricher chain over a set annotated by the rules of
 * {@code evaluation/UNSEEN-NEWS.md}: precision, recall and F1 per entity type and
 * language, the dateline accuracy, and the misses, written as the table
 * {@code docs/enrichment.md} shows and a list of what was missed or found wrongly.
 */
final class GoldEvaluation {

	static final List<String> TYPES = List.of("people", "places", "organisations");

	private static final List<String> LANGUAGES = List.of("de", "en", "all");

	private final List<Outcome> outcomes;

	private GoldEvaluation(List<Outcome> outcomes) {
		this.outcomes = outcomes;
	}

	/**
	 * Enriches every item of a set.
	 * @param resource such as {@code /evaluation/unseen-news.jsonl}
	 * @return the outcomes
	 */
	static GoldEvaluation of(String resource) {
		return new GoldEvaluation(EvaluationSets.read(resource).stream().map(GoldEvaluation::enrich).toList());
	}

	List<Outcome> items(String language) {
		return this.outcomes.stream().filter((o) -> language.equals("all") || o.language().equals(language)).toList();
	}

	long episodes() {
		return this.outcomes.stream().filter((o) -> o.kind().equals("episode")).count();
	}

	/**
	 * Each entity found counts once; it is right when it matches a gold entity not yet
	 * matched, by its normalized name or its name as written.
	 */
	Score score(String type, String language) {
		int truePositives = 0;
		int found = 0;
		int expected = 0;
		for (Outcome outcome : items(language)) {
			Misses misses = outcome.misses(type);
			found += outcome.found().get(type).size();
			truePositives += outcome.found().get(type).size() - misses.wrong().size() - misses.repeated();
			expected += outcome.gold().get(type).size();
		}
		return new Score(truePositives, found, expected);
	}

	double datelineAccuracy(String language) {
		List<Outcome> items = items(language);
		return (double) items.stream().filter(Outcome::datelineRight).count() / items.size();
	}

	/**
	 * Writes the table and, beside it, the misses of every item.
	 * @param report such as {@code target/evaluation/unseen-news.md}
	 * @return the table
	 */
	String write(Path report) throws IOException {
		StringBuilder table = new StringBuilder(
				"| Type | Language | Gold | Found | Right | Precision | Recall | F1 |\n|---|---|---:|---:|---:|---:|---:|---:|\n");
		for (String type : TYPES) {
			for (String language : LANGUAGES) {
				Score s = score(type, language);
				table.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %.3f | %.3f | %.3f |%n", type,
						language, s.expected(), s.found(), s.truePositives(), s.precision(), s.recall(), s.f1()));
			}
		}
		table.append("\n| Datelines | Language | Items | Right | Accuracy |\n|---|---|---:|---:|---:|\n");
		for (String language : LANGUAGES) {
			List<Outcome> items = items(language);
			long right = items.stream().filter(Outcome::datelineRight).count();
			table.append(String.format(Locale.ROOT, "| datelines | %s | %d | %d | %.3f |%n", language, items.size(),
					right, (double) right / items.size()));
		}
		Files.createDirectories(report.getParent());
		Files.writeString(report, table.toString());
		Files.writeString(report.resolveSibling(report.getFileName().toString().replace(".md", "-misses.txt")),
				misses());
		return table.toString();
	}

	private String misses() {
		StringBuilder out = new StringBuilder();
		for (Outcome outcome : this.outcomes) {
			for (String type : TYPES) {
				Misses misses = outcome.misses(type);
				if (!misses.missed().isEmpty() || !misses.wrong().isEmpty()) {
					out.append(String.format(Locale.ROOT, "%s %s: missed %s, wrong %s%n", outcome.id(), type,
							misses.missed(), misses.wrong()));
				}
			}
			if (!outcome.datelineRight()) {
				out.append(String.format(Locale.ROOT, "%s dateline: expected %s, found %s%n", outcome.id(),
						outcome.expectedDateline(), outcome.item().dateline()));
			}
		}
		return out.toString();
	}

	private static Outcome enrich(JsonNode node) {
		ContentItem item = EvaluationSets.enrich(node);
		Map<String, List<Set<String>>> gold = new LinkedHashMap<>();
		TYPES.forEach((type) -> gold.put(type, gold(node.path(type))));
		Map<String, List<Entity>> found = Map.of("people", item.people(), "places", item.places(), "organisations",
				item.organisations());
		return new Outcome(node.path("id").asString(), node.path("language").asString(), node.path("kind").asString(),
				gold, found, node.path("dateline"), item);
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

	/**
	 * What an item's recognisers missed and found wrongly.
	 *
	 * @param missed gold entities not found
	 * @param wrong entities found that match no gold entity, with their origin
	 * @param repeated entities found that match a gold entity matched already
	 */
	record Misses(List<Set<String>> missed, List<String> wrong, int repeated) {
	}

	record Outcome(String id, String language, String kind, Map<String, List<Set<String>>> gold,
			Map<String, List<Entity>> found, JsonNode expectedDateline, ContentItem item) {

		Misses misses(String type) {
			List<Set<String>> all = this.gold.get(type);
			List<Set<String>> missing = new ArrayList<>(all);
			List<String> wrong = new ArrayList<>();
			int repeated = 0;
			for (Entity entity : this.found.get(type)) {
				Set<String> hit = missing.stream().filter((v) -> matches(v, entity)).findFirst().orElse(null);
				if (hit != null) {
					missing.remove(hit);
				}
				else if (all.stream().anyMatch((v) -> matches(v, entity))) {
					repeated++;
				}
				else {
					wrong.add(entity.normalized() + " [" + entity.origin() + "]");
				}
			}
			return new Misses(missing, wrong, repeated);
		}

		boolean datelineRight() {
			JsonNode dateline = this.expectedDateline;
			if (dateline.isNull() || dateline.isMissingNode()) {
				return this.item.dateline() == null;
			}
			return this.item.dateline() != null
					&& key(dateline.path("place").asString()).equals(key(this.item.dateline().place()))
					&& (dateline.path("date").isNull()
							|| dateline.path("date").asString().equals(this.item.dateline().date()));
		}

		private static boolean matches(Set<String> variants, Entity entity) {
			return variants.contains(key(entity.normalized())) || variants.contains(key(entity.name()));
		}

	}

}
