package org.newsroom.pipeline.enrich.entities;

import java.util.List;
import java.util.Set;

import org.newsroom.pipeline.enrich.places.PlaceIndex;
import org.newsroom.pipeline.enrich.places.PlaceKind;
import org.newsroom.pipeline.enrich.places.PlaceMatch;

/**
 * Judges a place name in its sentence: whether it is part of an organisation's or a
 * street's name (then it is no place mention), and whether a name that is also a common
 * word or a given name is shown to be a place by a preposition of place before it or a
 * following {@code , <region or country>}.
 */
final class PlaceEvidence {

	/** Prepositions of place, German and English. */
	private static final Set<String> PREPOSITIONS = Set.of("in", "aus", "nach", "bei", "nahe", "im", "from", "near",
			"at", "outside", "außerhalb", "südlich", "nördlich", "östlich", "westlich");

	/**
	 * Words before a place that make it part of a club's, bank's or university's name.
	 */
	private static final Set<String> ORGANISATION_BEFORE = Set.of("Eintracht", "Borussia", "Fortuna", "Hertha",
			"Werder", "Union", "Dynamo", "Arminia", "Alemannia", "Kickers", "FC", "SC", "SV", "TSV", "VfB", "VfL",
			"TSG", "SpVgg", "Bayer", "Real", "Atlético", "Sporting", "Olympique", "Inter", "Universität", "Uni",
			"Hochschule", "Stadtwerke", "Sparkasse", "Volksbank", "Landesbank", "Sparda-Bank");

	/** Heads of {@code X of <place>} names: {@code Bank of England}. */
	private static final Set<String> ORGANISATION_OF = Set.of("Bank", "University", "College", "Museum", "Institute",
			"Church", "Port", "Duke", "Duchess", "Prince", "Princess", "Earl", "Archbishop", "Bishop");

	/** Words after a place that make it part of an organisation's name. */
	private static final Set<String> ORGANISATION_AFTER = Set.of("FC", "United", "Post", "Times", "Journal", "Herald",
			"Tribune", "Chronicle", "Globe", "University", "Rangers");

	/** Street words after a place: {@code London Road}, {@code Berlin Straße}. */
	private static final Set<String> STREETS = Set.of("Straße", "Strasse", "Str", "Allee", "Platz", "Gasse", "Weg",
			"Ring", "Damm", "Ufer", "Chaussee", "Street", "St", "Road", "Rd", "Avenue", "Ave", "Lane", "Square",
			"Boulevard");

	private final PlaceIndex places;

	static boolean isStreet(String word) {
		return STREETS.contains(word);
	}

	PlaceEvidence(PlaceIndex places) {
		this.places = places;
	}

	boolean isPartOfAName(List<String> words, int start, int length) {
		String before = (start > 0) ? words.get(start - 1) : "";
		String after = (start + length < words.size()) ? words.get(start + length) : "";
		boolean ofName = before.equals("of") && start > 1 && ORGANISATION_OF.contains(words.get(start - 2));
		return ORGANISATION_BEFORE.contains(before) || ofName || ORGANISATION_AFTER.contains(after)
				|| STREETS.contains(after);
	}

	/**
	 * Whether the sentence shows the name to be a place.
	 */
	boolean shownAsPlace(List<String> words, int start, int length) {
		if (start > 0 && PREPOSITIONS.contains(words.get(start - 1))) {
			return true;
		}
		int comma = start + length;
		if (comma + 1 < words.size() && words.get(comma).equals(",")) {
			PlaceMatch next = this.places.match(words, comma + 1);
			return next != null && (next.kind() == PlaceKind.COUNTRY || next.kind() == PlaceKind.REGION);
		}
		return false;
	}

	/**
	 * Whether a name needs evidence: a common word of the text's language other than a
	 * country's name ({@code Essen}, {@code Reading}; not {@code Turkey}), or a small
	 * city named like a person ({@code Regina}).
	 */
	static boolean needsEvidence(PlaceMatch match, String surface, String language, GivenNames givenNames) {
		if (match.isCommonWordIn(language) && match.kind() != PlaceKind.COUNTRY) {
			return true;
		}
		return match.kind() == PlaceKind.SMALL_CITY && givenNames.contains(surface);
	}

}
