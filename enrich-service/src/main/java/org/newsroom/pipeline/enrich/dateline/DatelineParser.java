package org.newsroom.pipeline.enrich.dateline;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a dateline at the head of a text. Only the first {@value #HEAD} characters are
 * looked at and every pattern has bounded repetition without nesting, so arbitrary input
 * costs linear time and never throws.
 */
public final class DatelineParser {

	static final int HEAD = 160;

	private static final String PLACE = "(\\p{Lu}[\\p{L}'’.]{0,30}(?:[ -]\\p{Lu}[\\p{L}'’.]{0,30}){0,3})";

	/** {@code date 2024-11 Berlin taz |}, the form of the taz show notes. */
	private static final Pattern TAZ = Pattern.compile("date[ \\t]{1,5}(\\d{4}(?:-\\d{2}){0,2})[ \\t]{1,5}" + PLACE
			+ "[ \\t]{1,5}(\\p{L}[\\p{L}.]{0,20})[ \\t]{0,5}\\|[ \\t]{0,5}");

	/** {@code BERLIN (dpa) –}, {@code WASHINGTON, Nov. 3 (Reuters) -}. */
	private static final Pattern AGENCY = Pattern.compile(PLACE
			+ "(?:,[ \\t]{0,5}([\\p{L}\\d. ]{1,20}?))?[ \\t]{0,5}\\(([\\p{L}/. ]{1,30})\\)[ \\t]{0,5}[-–—][ \\t]{0,5}");

	/** {@code BAKU —}, an upper-case place followed by a dash. */
	private static final Pattern CAPS_DASH = Pattern.compile(
			"(\\p{Lu}[\\p{Lu}'’.]{1,30}(?:[ -]\\p{Lu}[\\p{Lu}'’.]{0,30}){0,3})(?:,[ \\t]{0,5}([\\p{L}\\d. ]{1,20}?))?[ \\t]{1,5}(?:—|–|--)[ \\t]{1,5}");

	/** {@code Berlin. Die Gewerkschaft …}: a place, a full stop, a new sentence. */
	private static final Pattern PLACE_STOP = Pattern
		.compile("(\\p{Lu}\\p{Ll}{2,30}(?:[ -]\\p{Lu}\\p{Ll}{1,30}){0,2})\\.[ \\t]{1,5}(?=\\p{Lu})");

	/** Words that start a sentence rather than name a place. */
	private static final List<String> NOT_PLACES = List.of("Das", "Die", "Der", "Den", "Dem", "Des", "Ein", "Eine",
			"The", "This", "That", "These", "Ende", "Aber", "Und", "Heute", "Gestern", "Morgen", "Today", "Yes", "Nein",
			"Ja", "Danke", "Thanks", "Sie", "Wir", "Ich", "Er", "Es", "We", "They", "She", "He");

	private final DateResolver dates = new DateResolver();

	/**
	 * Finds the dateline at the start of the text.
	 * @param text plain text, may be {@code null}
	 * @param year the year to complete a date without one, such as {@code Nov. 3}, or
	 * {@code null}
	 * @return the dateline, empty when the text has none
	 */
	public Optional<ParsedDateline> parse(String text, Integer year) {
		if (text == null || text.isEmpty()) {
			return Optional.empty();
		}
		int offset = leadingSpace(text);
		String head = text.substring(offset, Math.min(text.length(), offset + HEAD));
		Matcher m = TAZ.matcher(head);
		if (m.lookingAt()) {
			return result(m.group(2), m.group(1), m.group(3), offset + m.end());
		}
		m = AGENCY.matcher(head);
		if (m.lookingAt()) {
			return result(m.group(1), this.dates.resolve(m.group(2), year), m.group(3), offset + m.end());
		}
		m = CAPS_DASH.matcher(head);
		if (m.lookingAt()) {
			return result(m.group(1), this.dates.resolve(m.group(2), year), null, offset + m.end());
		}
		m = PLACE_STOP.matcher(head);
		if (m.lookingAt() && !NOT_PLACES.contains(m.group(1).split("[ -]", 2)[0])) {
			return result(m.group(1), null, null, offset + m.end());
		}
		return Optional.empty();
	}

	private static Optional<ParsedDateline> result(String place, String date, String source, int end) {
		return Optional
			.of(new ParsedDateline(PlaceNames.normalize(place), date, (source != null) ? source.strip() : null, end));
	}

	private static int leadingSpace(String text) {
		int i = 0;
		while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		return i;
	}

	/**
	 * A dateline and where the text after it starts.
	 *
	 * @param place the normalized place
	 * @param date the date as far as given, such as {@code 2024-11}, or {@code null}
	 * @param source the agency or paper, or {@code null}
	 * @param end the offset after the dateline
	 */
	public record ParsedDateline(String place, String date, String source, int end) {
	}

}
