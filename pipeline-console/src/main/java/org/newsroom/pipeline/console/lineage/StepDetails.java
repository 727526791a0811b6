package org.newsroom.pipeline.console.lineage;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What publish writes into a step's detail, read back: the end of an embargo
 * ({@code until <instant>}) and the item's kind ({@code kind=<kind>}).
 */
public final class StepDetails {

	private static final Pattern UNTIL = Pattern.compile("until (\\S+)");

	private static final Pattern KIND = Pattern.compile("\\bkind=(\\w+)");

	private StepDetails() {
	}

	/**
	 * The end of the embargo an {@code EMBARGOED} step names.
	 * @param detail the step's detail, or {@code null}
	 * @return the end, or {@code null} when the detail names none
	 */
	public static Instant embargoEnd(String detail) {
		String text = found(UNTIL, detail);
		try {
			return (text != null) ? Instant.parse(text) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * The item's kind a step names.
	 * @param detail the step's detail, or {@code null}
	 * @return {@code article}, {@code episode}, or {@code null} when the detail names
	 * none
	 */
	public static String kind(String detail) {
		return found(KIND, detail);
	}

	private static String found(Pattern pattern, String text) {
		if (text == null) {
			return null;
		}
		Matcher matcher = pattern.matcher(text);
		return matcher.find() ? matcher.group(1) : null;
	}

}
