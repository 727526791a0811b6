package org.newsroom.pipeline.enrich.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.contract.json.ContractJson;
import org.newsroom.pipeline.enrich.chain.TestItems;

/**
 * What the evaluations share: reading a set, enriching its items as a CMS would send them
 * (without a language), matching names and scoring.
 */
final class EvaluationSets {

	private static final Instant PUBLISHED = Instant.parse("2026-12-01T08:00:00Z");

	private EvaluationSets() {
	}

	/**
	 * Every item of a set, one JSON object per line.
	 * @param resource such as {@code /evaluation/items.jsonl}
	 * @return the items
	 */
	static List<JsonNode> read(String resource) {
		List<JsonNode> items = new ArrayList<>();
		try (InputStream in = EvaluationSets.class.getResourceAsStream(resource)) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank()) {
					items.add(ContractJson.mapper().readTree(line));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return items;
	}

	/**
	 * An item of a set through the standard enricher chain, published in the year the
	 * sets' annotation gives a dateline's day and month ({@code Nov. 3} is
	 * {@code 2026-11-03}).
	 * @param node the item, with {@code id}, {@code headline} and {@code body}
	 * @return the enriched item
	 */
	static ContentItem enrich(JsonNode node) {
		return TestItems.standardChain()
			.enrich(TestItems.article(node.path("id").asString(), null, node.path("headline").asString(),
					node.path("body").asString(), PUBLISHED))
			.item();
	}

	/** Names match case- and accent-insensitively. */
	static String key(String name) {
		if (name == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return decomposed.toLowerCase(Locale.ROOT).strip();
	}

	/**
	 * Precision, recall and F1 of a recogniser over a set.
	 *
	 * @param truePositives gold entities found
	 * @param found entities found
	 * @param expected gold entities
	 */
	record Score(int truePositives, int found, int expected) {

		double precision() {
			return (this.found == 0) ? 0 : (double) this.truePositives / this.found;
		}

		double recall() {
			return (this.expected == 0) ? 0 : (double) this.truePositives / this.expected;
		}

		double f1() {
			double p = precision();
			double r = recall();
			return (p + r == 0) ? 0 : Math.round(2 * p * r / (p + r) * 1000) / 1000.0;
		}

	}

}
