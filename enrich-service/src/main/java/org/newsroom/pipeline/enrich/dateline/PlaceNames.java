package org.newsroom.pipeline.enrich.dateline;

import java.util.Locale;

/**
 * Brings upper-case dateline places into the usual case: {@code NEW YORK} becomes
 * {@code New York}; mixed-case places stay as they are.
 */
final class PlaceNames {

	private PlaceNames() {
	}

	static String normalize(String place) {
		String trimmed = place.strip();
		if (!trimmed.equals(trimmed.toUpperCase(Locale.ROOT))) {
			return trimmed;
		}
		StringBuilder out = new StringBuilder(trimmed.length());
		boolean wordStart = true;
		for (int i = 0; i < trimmed.length(); i++) {
			char c = trimmed.charAt(i);
			out.append(wordStart ? c : Character.toLowerCase(c));
			wordStart = c == ' ' || c == '-' || c == '\'' || c == '.';
		}
		return out.toString();
	}

}
