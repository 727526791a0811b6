package org.newsroom.pipeline.enrich.places;

/**
 * A place name found at a position in a sentence.
 *
 * @param length the number of words matched
 * @param canonical the place's canonical name
 * @param kind what the place is
 * @param commonWordIn languages in which the matched name is also a common word, such as
 * {@code de} for {@code Essen}; empty for none, {@code *} for a stop word in any language
 */
public record PlaceMatch(int length, String canonical, PlaceKind kind, String commonWordIn) {

	/**
	 * Whether the name is also a common word of a language, so that the text must show it
	 * is meant as a place.
	 * @param language the text's language, may be {@code null}
	 * @return {@code true} for a common word of that language or a stop word
	 */
	public boolean isCommonWordIn(String language) {
		return this.commonWordIn.equals("*")
				|| (language != null && language.length() >= 2 && this.commonWordIn.contains(language.substring(0, 2)));
	}

}
