package org.newsroom.pipeline.enrich.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import opennlp.tools.util.Span;

/**
 * Splits at {@code . ! ?} followed by a space and an upper-case letter, a digit or a
 * quote, unless the word before is a known abbreviation or a single letter.
 */
final class RuleBasedSentences {

	private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen",
			"gov", "sen", "rep", "lt", "col", "sgt", "capt", "inc", "ltd", "co", "corp", "vs", "no", "jan", "feb",
			"mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "e.g", "i.e", "etc", "z.b",
			"bzw", "ca", "nr", "mme", "m");

	private RuleBasedSentences() {
	}

	static Span[] spans(String text) {
		List<Span> spans = new ArrayList<>();
		int start = skipSpace(text, 0);
		for (int i = start; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
				int end = closingQuotes(text, i + 1);
				spans.add(new Span(start, end));
				start = skipSpace(text, end);
				i = start - 1;
			}
		}
		if (start < text.length() && !text.substring(start).isBlank()) {
			spans.add(new Span(start, text.stripTrailing().length()));
		}
		return spans.toArray(Span[]::new);
	}

	private static boolean endsSentence(String text, int i) {
		int next = closingQuotes(text, i + 1);
		if (next >= text.length() || !Character.isWhitespace(text.charAt(next))) {
			return next >= text.length();
		}
		int after = skipSpace(text, next);
		if (after >= text.length()) {
			return true;
		}
		char first = text.charAt(after);
		boolean startsSentence = Character.isUpperCase(first) || Character.isDigit(first)
				|| "\"“„'‘(".indexOf(first) >= 0;
		return startsSentence && (text.charAt(i) != '.' || !isAbbreviation(text, i));
	}

	private static boolean isAbbreviation(String text, int dot) {
		int begin = dot;
		while (begin > 0 && !Character.isWhitespace(text.charAt(begin - 1)) && dot - begin < 12) {
			begin--;
		}
		String word = text.substring(begin, dot).toLowerCase(java.util.Locale.ROOT);
		return word.length() == 1 || ABBREVIATIONS.contains(word);
	}

	private static int closingQuotes(String text, int i) {
		while (i < text.length() && "\"”“'’)".indexOf(text.charAt(i)) >= 0) {
			i++;
		}
		return i;
	}

	private static int skipSpace(String text, int i) {
		while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		return i;
	}

}
