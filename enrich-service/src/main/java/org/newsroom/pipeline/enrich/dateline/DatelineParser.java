package org.newsroom.pipeline.enrich.dateline;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a dateline at the head of a text. Only the first {@value #HEAD} characters are
 * looked at and every pattern has bounded repetition, so arbitrary input costs linear
 * time and never throws.
 */
final class DatelineParser {

	static final int HEAD = 160;

	/**
	 * Up to four capitalised words, joined by lower-case particles as in
	 * {@code Frankfurt am Main} or {@code Halle an der Saale}.
	 */
	private static final String PLACE = "(\\p{Lu}[\\p{L}'’.]{0,30}(?:[ -](?:\\p{Ll}{1,4}[ -]){0,2}\\p{Lu}[\\p{L}'’.]{0,30}){0,3})";

	/**
	 * A place with the region that tells it from others of its name in parentheses, as in
	 * {@code Neustadt (Hessen) (dpa)}; the dateline keeps both.
	 */
	private static final String DISTINGUISHED_PLACE = "(" + PLACE.substring(1, PLACE.length() - 1)
			+ "(?:[ \\t]\\(\\p{Lu}[\\p{L}. ]{1,25}\\)(?=[ \\t]{0,5}\\())?)";

	/** Further places, as in {@code Berlin/Brüssel}; a dateline keeps only the first. */
	private static final String MORE_PLACES = "(?:[ \\t]?/[ \\t]?\\p{Lu}[\\p{L}'’. -]{0,30}){0,3}";

	/** What follows a comma: a date such as {@code Nov. 3}, a country or a state. */
	private static final String QUALIFIER = "(?:,[ \\t]{0,5}([\\p{L}\\d. ]{1,20}?))?";

	/** {@code date 2024-11 Berlin taz |}, the form of the taz show notes. */
	private static final Pattern TAZ = Pattern.compile("date[ \\t]{1,5}(\\d{4}(?:-\\d{2}){0,2})[ \\t]{1,5}" + PLACE
			+ "[ \\t]{1,5}(\\p{L}[\\p{L}.]{0,20})[ \\t]{0,5}\\|[ \\t]{0,5}");

	/**
	 * {@code BERLIN (dpa) –}, {@code WASHINGTON, Nov. 3 (Reuters) -}; the dash may be
	 * missing when a new sentence follows, as in {@code Washington, D.C. (AP) The}.
	 */
	private static final Pattern AGENCY = Pattern.compile(DISTINGUISHED_PLACE + MORE_PLACES + QUALIFIER
			+ "[ \\t]{0,5}\\(([\\p{L}/. ]{1,30})\\)[ \\t]{0,5}(?:[-–—][ \\t]{0,5}|(?=\\p{Lu}))");

	/**
	 * {@code BAKU —}, {@code GENEVA -}: an upper-case place followed by a dash; any
	 * upper-case word is taken for a place, as agencies write no other word so.
	 */
	private static final Pattern CAPS_DASH = Pattern
		.compile("(\\p{Lu}[\\p{Lu}'’.]{1,30}(?:[ -]\\p{Lu}[\\p{Lu}'’.]{0,30}){0,3})" + QUALIFIER
				+ "[ \\t]{1,5}(?:—|–|--|-)[ \\t]{1,5}");

	/** {@code Hamburg – Der Senat …}: a mixed-case place followed by a dash. */
	private static final Pattern PLACE_DASH = Pattern.compile(PLACE + "[ \\t]{1,5}(?:—|–|--|-)[ \\t]{1,5}");

	/** {@code Berlin. Die Gewerkschaft …}: a place, a full stop, a new sentence. */
	private static final Pattern PLACE_STOP = Pattern.compile(
			"(\\p{Lu}\\p{Ll}{2,30}(?:[ -](?:\\p{Ll}{1,4}[ -]){0,2}\\p{Lu}\\p{Ll}{1,30}){0,2})\\.[ \\t]{1,5}(?=\\p{Lu})");

	/** A qualifier with a digit is a date ({@code Nov. 3}); {@code Ireland} is not. */
	private static final Pattern DATE = Pattern.compile(".*\\d.*");

	private final DateResolver dates = new DateResolver();

	private final Predicate<String> knownPlace;

	/**
	 * Creates a parser.
	 * @param knownPlace whether a name is a known place; only a known place followed by a
	 * full stop makes a dateline, since any sentence can start with a capitalised word
	 * and a full stop ({@code Klar. Die Regierung …})
	 */
	DatelineParser(Predicate<String> knownPlace) {
		this.knownPlace = knownPlace;
	}

	/**
	 * Finds the dateline at the start of the text.
	 * @param text plain text, may be {@code null}
	 * @param year the year to complete a date without one, such as {@code Nov. 3}, or
	 * {@code null}
	 * @return the dateline, empty when the text has none
	 */
	Optional<ParsedDateline> parse(String text, Integer year) {
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
			return qualified(m.group(1), m.group(2), year, m.group(3), offset + m.end());
		}
		m = CAPS_DASH.matcher(head);
		if (m.lookingAt()) {
			return qualified(m.group(1), m.group(2), year, null, offset + m.end());
		}
		m = PLACE_DASH.matcher(head);
		if (m.lookingAt() && this.knownPlace.test(m.group(1))) {
			return result(m.group(1), null, null, offset + m.end());
		}
		m = PLACE_STOP.matcher(head);
		if (m.lookingAt() && this.knownPlace.test(m.group(1))) {
			return result(m.group(1), null, null, offset + m.end());
		}
		return Optional.empty();
	}

	private Optional<ParsedDateline> qualified(String place, String qualifier, Integer year, String source, int end) {
		if (qualifier == null) {
			return result(place, null, source, end);
		}
		if (DATE.matcher(qualifier).matches()) {
			return result(place, this.dates.resolve(qualifier, year), source, end);
		}
		// Initials (Washington, D.C.), a country or a state (GALWAY, Ireland): the
		// dateline names the town
		return result(place, null, source, end);
	}

	private static Optional<ParsedDateline> result(String place, String date, String source, int end) {
		return Optional.of(new ParsedDateline(PlaceNames.normalize(place), date, agency(source), end));
	}

	/** The agency of {@code dpa/lby}, a regional service of dpa, is dpa. */
	private static String agency(String source) {
		if (source == null) {
			return null;
		}
		int slash = source.indexOf('/');
		return ((slash > 0) ? source.substring(0, slash) : source).strip();
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
	record ParsedDateline(String place, String date, String source, int end) {
	}

}
