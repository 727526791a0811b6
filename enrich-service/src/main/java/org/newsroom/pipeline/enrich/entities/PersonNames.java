package org.newsroom.pipeline.enrich.entities;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.newsroom.pipeline.enrich.places.PlaceIndex;
import org.newsroom.pipeline.enrich.places.PlaceKind;
import org.newsroom.pipeline.enrich.places.PlaceMatch;

/**
 * Where a person's name ends: a known given name followed by surname-like tokens
 * ({@code Renate Ahlgrimm}, {@code Anna von der Heide}); or, for names no list knows,
 * capitalized tokens after a role or title ({@code Trainer Hollweg},
 * {@code Taoiseach Áine Breathnach}) or next to a verb of speech ({@code said Jane Roe},
 * {@code Jane Roe sagte}). A surname-like token is capitalized and is no stop word,
 * month, weekday, acronym, prominent place or start of a known place or organisation.
 */
final class PersonNames {

	static final String ROLES = "enrich/people/roles.txt";

	private static final Set<String> SURNAME_TAGS = Set.of("PROPN", "NOUN", "X", "ADJ", "CAP");

	private static final Set<String> PARTICLES = Set.of("von", "van", "de", "der", "den", "da", "di", "del", "la", "le",
			"bin", "al", "ten", "ter", "dos", "das", "du", "des", "Ní", "Nic", "Mac", "Mc", "bint", "ibn");

	/**
	 * Particles that may begin a surname after a role: {@code Präsidentin von der Heide};
	 * {@code von} only with {@code der}, since alone it is mostly the preposition.
	 */
	private static final Set<String> LEADING_PARTICLES = Set.of("von", "van", "de", "di", "da", "del", "dos");

	/**
	 * Words after a name that make it a facility's or a prize's: {@code Jane Roe Bridge}.
	 */
	private static final Set<String> FACILITIES = Set.of("Street", "Road", "Avenue", "Bridge", "Brücke", "Stadium",
			"Stadion", "Arena", "Airport", "Flughafen", "Station", "Bahnhof", "Tower", "Hall", "Center", "Centre",
			"Park", "Prize", "Award", "Preis", "Telescope", "Teleskop", "Straße", "Platz", "Allee");

	/** Verbs of speech that follow or precede a name in agency copy. */
	private static final Set<String> SPEECH = Set.of("said", "says", "told", "added", "sagte", "sagt", "betonte",
			"erklärte", "sagten");

	private static final int MAX_NAME_TOKENS = 5;

	private final Gazetteer gazetteer;

	private final GivenNames givenNames;

	private final PlaceIndex places;

	private final Set<String> roleWords;

	private final CueWords.Endings roleSuffixes;

	private final Set<String> credits;

	private final Set<String> participles;

	private final Predicate<String> institution;

	/**
	 * @param roles the role and title cues of {@link #ROLES}
	 * @param institution whether a word names an institution ({@code Hochschule},
	 * {@code Bank}), which no surname does
	 */
	PersonNames(Gazetteer gazetteer, GivenNames givenNames, PlaceIndex places, CueWords roles,
			Predicate<String> institution) {
		this.gazetteer = gazetteer;
		this.givenNames = givenNames;
		this.places = places;
		this.institution = institution;
		this.roleWords = roles.of("word");
		this.roleSuffixes = roles.endings("suffix");
		this.credits = roles.of("credit");
		this.participles = roles.of("by");
	}

	/**
	 * The end of the person's name that starts at a token.
	 * @return the index after the name, or {@code start} for none
	 */
	int end(List<Token> tokens, int start) {
		Token first = tokens.get(start);
		boolean particle = LEADING_PARTICLES.contains(first.text()) && (!first.text().equals("von")
				|| (start + 1 < tokens.size() && tokens.get(start + 1).text().equals("der")));
		if (!particle && !first.isCapitalized()) {
			return start;
		}
		boolean cued = isRole(tokens, start - 1);
		if (cued && particle) {
			int afterParticles = skipParticles(tokens, start);
			return (afterParticles < tokens.size() && isProperNoun(tokens.get(afterParticles)))
					? surnamesEnd(tokens, afterParticles) : start;
		}
		if (!first.isWord() || !first.isCapitalized()) {
			return start;
		}
		int end = surnamesEnd(tokens, start);
		if (this.givenNames.contains(first.text())) {
			return (end > start + 1) ? end : start;
		}
		if (!isSurname(first) || isPlace(first.text()) || isRole(tokens, start)) {
			return start;
		}
		if (cued) {
			return end;
		}
		boolean spoken = (start > 0 && isSpeech(tokens.get(start - 1)))
				|| (end < tokens.size() && isSpeech(tokens.get(end)));
		boolean personNext = this.givenNames.contains(tokens.get(start + 1 < end ? start + 1 : start).text());
		return (spoken && end > start + 1 && !personNext) ? end : start;
	}

	/** Whether a word after a name makes it a facility's or a prize's. */
	boolean isFacility(String word) {
		return FACILITIES.contains(word);
	}

	/**
	 * Whether the token before a name is a role, title or honorific ({@code Dr.}), a
	 * credit and its colon ({@code Redaktion:}) or {@code by} after a credit's participle
	 * ({@code produced by}).
	 */
	boolean isRole(List<Token> tokens, int at) {
		if (at < 0) {
			return false;
		}
		String text = tokens.get(at).text();
		if (text.length() > 1 && text.endsWith(".")) {
			text = text.substring(0, text.length() - 1);
		}
		String before = (at > 0) ? tokens.get(at - 1).text() : "";
		if (text.equals(".") || text.equals(":")) {
			return text.equals(".") ? this.roleWords.contains(before) : this.credits.contains(before);
		}
		if (text.equals("by") || text.equals("von")) {
			return this.participles.contains(before);
		}
		return this.roleWords.contains(text)
				|| (tokens.get(at).isCapitalized() && text.length() > 4 && this.roleSuffixes.endsOneOf(text));
	}

	private int surnamesEnd(List<Token> tokens, int start) {
		int k = start + 1;
		int surnames = 0;
		while (k < tokens.size() && k - start < MAX_NAME_TOKENS) {
			int afterParticles = skipParticles(tokens, k);
			Token next = (afterParticles < tokens.size()) ? tokens.get(afterParticles) : null;
			boolean afterParticle = afterParticles > k;
			boolean fits = next != null && isSurname(next) && !this.institution.test(next.text())
					&& !FACILITIES.contains(next.text()) && (afterParticle ? isProperNoun(next)
							: surnames == 0 || isProperNoun(next) || this.givenNames.contains(next.text()));
			if (!fits) {
				break;
			}
			k = afterParticles + 1;
			surnames++;
		}
		return k;
	}

	private static int skipParticles(List<Token> tokens, int k) {
		int i = k;
		while (i < tokens.size() && i - k < 3 && PARTICLES.contains(tokens.get(i).text())) {
			i++;
		}
		return i;
	}

	private boolean isSurname(Token token) {
		return token.isWord() && token.isCapitalized() && SURNAME_TAGS.contains(token.tag())
				&& !this.roleWords.contains(token.text()) && !this.roleWords.contains(token.text().replace(".", ""))
				&& NameWords.isSurnameLike(token.text()) && !this.gazetteer.startsPlaceOrOrganisation(token.text())
				&& !isProminentPlace(token.text());
	}

	/**
	 * Countries, world regions and cities of a million are not surnames; smaller places
	 * often are ({@code Lewis Hamilton}).
	 */
	private boolean isProminentPlace(String word) {
		PlaceMatch place = this.places.match(List.of(word), 0);
		return place != null && place.length() == 1 && (place.kind() == PlaceKind.COUNTRY
				|| place.kind() == PlaceKind.WORLD_REGION || place.kind() == PlaceKind.MAJOR_CITY);
	}

	/** A name without a known given name must not start with a region or a city. */
	private boolean isPlace(String word) {
		PlaceMatch place = this.places.match(List.of(word), 0);
		return place != null && place.kind() != PlaceKind.SMALL_CITY;
	}

	private static boolean isProperNoun(Token token) {
		return token.isWord() && token.isCapitalized() && (token.tag().equals("PROPN") || token.tag().equals("CAP"))
				&& NameWords.isSurnameLike(token.text());
	}

	private static boolean isSpeech(Token token) {
		return SPEECH.contains(token.text());
	}

}
