package org.newsroom.pipeline.enrich.entities;

/**
 * A token of a sentence with its part-of-speech tag ({@code PROPN}, {@code NOUN}, … for
 * German; {@code CAP} or {@code LOW} from capitalization for other languages).
 *
 * @param text the token as written
 * @param tag the tag
 */
record Token(String text, String tag) {

	boolean isCapitalized() {
		return !this.text.isEmpty() && Character.isUpperCase(this.text.charAt(0));
	}

	boolean isWord() {
		return !this.text.isEmpty() && Character.isLetter(this.text.charAt(0));
	}

}
