package org.newsroom.pipeline.enrich.entities;

import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * The shapes of words that the name rules share: which capitalized words may be part of a
 * name, which are acronyms or numbers.
 */
final class NameWords {

	/** Weekdays, months, honorifics and English function words that start sentences. */
	private static final Set<String> NOT_NAMES = Set.of("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag",
			"Samstag", "Sonntag", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
			"Januar", "Februar", "März", "April", "Juni", "Juli", "Oktober", "Dezember", "January", "February", "March",
			"June", "July", "October", "December", "Mr", "Mrs", "Ms", "Dr", "Prof", "He", "She", "We", "I", "You",
			"His", "Her", "Its", "Our", "From", "After", "Before", "When", "While", "Since", "Under", "Over", "About",
			"Last", "Next", "Some", "Many", "Most", "Both", "Each", "Every", "Other", "Why", "How", "What", "Who",
			"Where", "Here", "Yet", "So", "Now", "Also", "Only", "Even");

	/** Words that begin organisations' and places' names but no person's. */
	private static final Set<String> NOT_SURNAMES = Set.of("New", "All");

	/** Endings of German abstract nouns, never of a surname. */
	private static final List<String> NOUN_ENDINGS = List.of("ung", "ungen", "heit", "keit", "schaft", "ismus", "tion",
			"tionen", "ität", "nisse");

	private static final CharArraySet STOP_WORDS = stopWords();

	private NameWords() {
	}

	/**
	 * Whether a capitalized word may be part of a name: no stop word, month or acronym.
	 */
	static boolean isNameLike(String word) {
		String text = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
		return !NOT_NAMES.contains(text) && !STOP_WORDS.contains(text) && !isAcronym(text);
	}

	/** Whether a word may be a surname: name-like and no abstract noun. */
	static boolean isSurnameLike(String word) {
		if (!isNameLike(word) || NOT_SURNAMES.contains(word)) {
			return false;
		}
		for (String ending : NOUN_ENDINGS) {
			if (word.endsWith(ending)) {
				return false;
			}
		}
		return true;
	}

	/** Upper-case letters, maybe with hyphens: {@code UN}, {@code EU-ABC}. */
	static boolean isAcronym(String text) {
		if (text.length() < 2 || !Character.isUpperCase(text.charAt(0))) {
			return false;
		}
		for (int i = 1; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!Character.isUpperCase(c) && c != '-') {
				return false;
			}
		}
		return true;
	}

	static boolean isNumber(String word) {
		for (int i = 0; i < word.length(); i++) {
			if (!Character.isDigit(word.charAt(i))) {
				return false;
			}
		}
		return !word.isEmpty();
	}

	static boolean isRomanNumeral(String word) {
		for (int i = 0; i < word.length(); i++) {
			if ("IVXLCDM".indexOf(word.charAt(i)) < 0) {
				return false;
			}
		}
		return !word.isEmpty();
	}

	/** A capitalized word that ends in a letter or digit, not in punctuation. */
	static boolean isNameWord(String word) {
		return !word.isEmpty() && Character.isUpperCase(word.charAt(0))
				&& Character.isLetterOrDigit(word.charAt(word.length() - 1));
	}

	private static CharArraySet stopWords() {
		CharArraySet words = new CharArraySet(GermanAnalyzer.getDefaultStopSet(), true);
		words.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
		return CharArraySet.unmodifiableSet(words);
	}

}
