package org.newsroom.pipeline.contract.lineage;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsroom.pipeline.contract.cms.ContentKind;

/**
 * The notes in the detail of a publish step, which publish writes and the console reads
 * back: where the item appears ({@code kind=<kind>}, {@code show=<show id>} for an
 * episode), the end of the embargo a held item waits for ({@code until <instant>}), and
 * that a publication was the release of an embargo ({@code embargo ended}).
 *
 * <p>
 * The step's own fields ({@link LineageEvent#kind()}, {@link LineageEvent#embargoEnd()})
 * say the kind and the embargo too; the detail still carries them so that steps recorded
 * before those fields existed read the same.
 */
public final class PublicationDetail {

	/** The note on the publication that released an item whose embargo ended. */
	public static final String RELEASE = "embargo ended";

	private static final String UNTIL = "until ";

	private static final Pattern UNTIL_VALUE = Pattern.compile(UNTIL + "(\\S+)");

	private static final Pattern KIND = Pattern.compile("(?:^|\\s)kind=(\\S+)");

	private static final Pattern SHOW = Pattern.compile("(?:^|\\s)show=(\\S+)");

	private PublicationDetail() {
	}

	/**
	 * The note on a held item.
	 * @param end the end of its embargo
	 * @return {@code until <end>}
	 */
	public static String heldUntil(Instant end) {
		return UNTIL + end;
	}

	/**
	 * Where an item appears, as pairs appended to a detail.
	 * @param kind the item's kind
	 * @param showId the episode's show, or {@code null}
	 * @return {@code " kind=<kind>[ show=<show>]"}
	 */
	public static String where(ContentKind kind, String showId) {
		return " kind=" + kind.wireName() + ((showId != null) ? " show=" + showId : "");
	}

	/**
	 * The end of the embargo a step names: the one an {@code EMBARGOED} step waits for,
	 * or the one a release came after.
	 * @param event the step
	 * @return the end, or {@code null} when the step names none
	 */
	public static Instant embargoEnd(LineageEvent event) {
		if (event.embargoEnd() != null) {
			return event.embargoEnd();
		}
		String text = found(UNTIL_VALUE, event.detail());
		try {
			return (text != null) ? Instant.parse(text) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
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

	/**
	 * The item's kind a step names.
	 * @param event the step
	 * @return {@code article}, {@code episode}, or {@code null} when the step names none
	 */
	public static String kind(LineageEvent event) {
		return (event.kind() != null) ? event.kind() : found(KIND, event.detail());
	}

	/**
	 * The show of an episode a step names.
	 * @param event the step
	 * @return the show's id, or {@code null}
	 */
	public static String show(LineageEvent event) {
		return found(SHOW, event.detail());
	}

	private static String found(Pattern pattern, String text) {
		if (text == null) {
			return null;
		}
		Matcher matcher = pattern.matcher(text);
		return matcher.find() ? matcher.group(1) : null;
	}

}
