package org.newsroom.pipeline.enrich.entities;

import java.util.List;
import java.util.Set;

/**
 * Where the name of a natural feature or a district ends that no list knows, from the
 * common nouns that name it: a prefix before the name ({@code Lake …}, {@code River …},
 * {@code County …}, {@code Kanton …}, {@code Isle of …}) or a suffix after it
 * ({@code … Glacier}, {@code … Mountains}, {@code … Sea}, {@code … Wald}).
 */
final class GeographicNames {

	/** Words before a name. */
	private static final Set<String> PREFIXES = Set.of("Lake", "River", "Mount", "Mt", "County", "Lough", "Loch",
			"Kanton", "Landkreis", "Bezirk", "Provinz", "Insel");

	/** Words before "of" and a name: {@code Isle of Man}. */
	private static final Set<String> PREFIXES_OF = Set.of("Isle", "Gulf", "Strait", "Bay", "Sea", "Cape", "Valley",
			"Straits");

	private static final Set<String> SUFFIXES = Set.of("River", "Lake", "Glacier", "Valley", "Mountains", "Hills",
			"Islands", "Bay", "Sea", "Ocean", "Peninsula", "Canal", "Gorge", "Falls", "Desert", "Delta", "Coast",
			"Reef", "Basin", "Strait", "Range", "Alps", "Wald", "Alb", "Gebirge", "Halbinsel", "Meer", "Bucht",
			"Küste");

	private static final int MAX_NAME_WORDS = 3;

	/**
	 * The end of the feature's name that starts at a word.
	 * @return the index after the name, or {@code start} for none
	 */
	int end(List<String> words, int start) {
		String first = words.get(start);
		if (first.isEmpty() || !Character.isUpperCase(first.charAt(0))) {
			return start;
		}
		if (PREFIXES.contains(first)) {
			int end = nameEnd(words, start + 1, start + 1 + MAX_NAME_WORDS);
			return (end > start + 1) ? end : start;
		}
		if (PREFIXES_OF.contains(first) && start + 2 < words.size() && words.get(start + 1).equals("of")) {
			int from = start + 2 + (words.get(start + 2).equals("the") ? 1 : 0);
			int end = nameEnd(words, from, from + MAX_NAME_WORDS);
			return (end > from) ? end : start;
		}
		int names = nameEnd(words, start, start + MAX_NAME_WORDS);
		return (names > start && names < words.size() && SUFFIXES.contains(words.get(names))) ? names + 1 : start;
	}

	private static int nameEnd(List<String> words, int from, int limit) {
		int j = from;
		while (j < words.size() && j < limit && isNameWord(words.get(j))) {
			j++;
		}
		return j;
	}

	private static boolean isNameWord(String word) {
		return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && NameWords.isNameLike(word)
				&& !PREFIXES.contains(word) && !SUFFIXES.contains(word);
	}

}
