package org.newsroom.pipeline.enrich.topics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds rule terms among the words of a text in one pass: terms are indexed by their
 * first three letters. A term matches a word that is the term with an inflectional ending
 * ({@code krieg}: {@code Krieges}; {@code roman}: {@code Romane}, never {@code Romania});
 * a term of {@value #LONG_TERM} or more letters also matches compounds it begins
 * ({@code waffen}: {@code Waffenstillstand}).
 */
final class TermIndex {

	static final int LONG_TERM = 6;

	/** German and English endings that leave a word the same word. */
	private static final Set<String> ENDINGS = Set.of("", "e", "en", "er", "ern", "em", "es", "s", "in", "innen", "ed",
			"ing", "ers");

	/**
	 * Endings that only follow a final e: {@code Hitze-n}, {@code fire-d},
	 * {@code trade-rs}.
	 */
	private static final Set<String> ENDINGS_AFTER_E = Set.of("n", "d", "r", "rs");

	private final Map<String, List<Rule>> byPrefix = new HashMap<>();

	void add(String term, int topicIndex) {
		String language = null;
		String word = term.toLowerCase(Locale.ROOT);
		if (word.length() > 3 && word.charAt(2) == ':') {
			language = word.substring(0, 2);
			word = word.substring(3);
		}
		if (word.length() >= 3) {
			this.byPrefix.computeIfAbsent(word.substring(0, 3), (k) -> new ArrayList<>())
				.add(new Rule(word, language, topicIndex));
		}
	}

	/**
	 * Counts, per topic, the hits of each distinct term, at most {@code cap} per term.
	 * @param text the text
	 * @param language the text's language
	 * @param topics the number of topics
	 * @param cap the most hits a single term contributes
	 * @return score per topic index
	 */
	double[] score(String text, String language, int topics, int cap) {
		Map<Rule, Integer> hits = new HashMap<>();
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
			List<Rule> rules = (word.length() >= 3) ? this.byPrefix.get(word.substring(0, 3)) : null;
			if (rules != null) {
				for (Rule rule : rules) {
					if (rule.matches(word, language)) {
						hits.merge(rule, 1, Integer::sum);
					}
				}
			}
		}
		double[] scores = new double[topics];
		hits.forEach((rule, count) -> scores[rule.topic()] += Math.min(cap, count));
		return scores;
	}

	private record Rule(String term, String language, int topic) {

		boolean matches(String word, String textLanguage) {
			if (this.language != null && (textLanguage == null || !textLanguage.startsWith(this.language))) {
				return false;
			}
			if (!word.startsWith(this.term)) {
				return false;
			}
			return this.term.length() >= LONG_TERM || inflects(word.substring(this.term.length()));
		}

		private boolean inflects(String ending) {
			return ENDINGS.contains(ending) || (ENDINGS_AFTER_E.contains(ending) && this.term.endsWith("e"))
					|| (ending.equals("n") && (this.term.endsWith("el") || this.term.endsWith("er")));
		}

	}

}
