package org.newsroom.pipeline.console.lineage;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsroom.pipeline.contract.lineage.LineageEvent;

/**
 * What a publish step says about the item's embargo and kind: from the step's own fields,
 * or, for steps recorded before publish sent them, read back from its detail
 * ({@code until <instant>}, {@code embargo ended}, {@code kind=<kind>}).
 */
public final class StepDetails {

	private static final Pattern UNTIL = Pattern.compile("until (\\S+)");

	private static final Pattern KIND = Pattern.compile("\\bkind=(\\w+)");

	private static final String RELEASE = "embargo ended";

	private StepDetails() {
	}

	/**
	 * The end of the embargo a step names: the one an {@code EMBARGOED} step waits for,
	 * or the one a release came after.
	 * @param event the step
	 * @return the end, or {@code null} when the step names none
	 */
	public static Instant embargoEnd(LineageEvent event) {
		return (event.embargoEnd() != null) ? event.embargoEnd() : embargoEnd(event.detail());
	}

	/**
	 * Whether a publication step released an item whose embargo ended, rather than
	 * publishing news as it came.
	 * @param event a {@code PUBLISHED} or {@code UPDATED} step
	 * @return {@code true} for a release
	 */
	public static boolean isRelease(LineageEvent event) {
		return event.embargoEnd() != null || (event.detail() != null && event.detail().contains(RELEASE));
	}

	private static Instant embargoEnd(String detail) {
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
