package org.newsroom.pipeline.enrich.topics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds rule terms among the words of a text in one pass: terms are indexed by their
 * first three letters. A short term matches a word with at most {@value #SHORT_SUFFIX}
 * more letters ({@code krieg}: {@code Krieges}); a term of {@value #LONG_TERM} or more
 * letters also matches compounds it begins ({@code waffenstillstand}).
 */
final class TermIndex {

	static final int SHORT_SUFFIX = 3;

	static final int LONG_TERM = 6;

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
			return this.term.length() >= LONG_TERM || word.length() - this.term.length() <= SHORT_SUFFIX;
		}

	}

}
