package org.newsroom.pipeline.enrich.entities;

import java.util.List;
import java.util.Set;

import org.newsroom.pipeline.enrich.places.PlaceIndex;
import org.newsroom.pipeline.enrich.places.PlaceKind;
import org.newsroom.pipeline.enrich.places.PlaceMatch;

/**
 * Finds mentions in one tokenized sentence: gazetteer entries and open-data places first
 * (longest match), then people as a known given name followed by surname-like tokens
 * (proper nouns from the German tagger, capitalized words elsewhere). A place name that
 * is also a common word stays tentative unless the sentence shows it to be a place. Other
 * proper nouns are kept as candidates for surname-only mentions.
 */
final class EntityRecognizer {

	private static final Set<String> SURNAME_TAGS = Set.of("PROPN", "NOUN", "X", "ADJ", "CAP");

	private static final Set<String> PARTICLES = Set.of("von", "van", "de", "der", "den", "da", "di", "del", "la", "le",
			"bin", "al", "ten", "ter", "zu", "dos", "das");

	private static final Set<String> NOT_SURNAMES = Set.of("The", "A", "An", "And", "But", "Or", "Of", "In", "On", "At",
			"To", "For", "With", "By", "From", "As", "Der", "Die", "Das", "Und", "Oder", "Mit", "Von", "Im", "Am",
			"Auf", "Für", "Ein", "Eine", "Sie", "Er", "Es", "He", "She", "It", "They", "We", "I", "Mr", "Mrs", "Ms",
			"Dr", "Prof");

	private static final int MAX_NAME_TOKENS = 5;

	private final Gazetteer gazetteer;

	private final GivenNames givenNames;

	private final PlaceIndex places;

	private final PlaceEvidence evidence;

	EntityRecognizer(Gazetteer gazetteer, GivenNames givenNames, PlaceIndex places) {
		this.gazetteer = gazetteer;
		this.givenNames = givenNames;
		this.places = places;
		this.evidence = new PlaceEvidence(places);
	}

	void recognize(List<Token> tokens, String language, MentionSink sink) {
		List<String> words = tokens.stream().map(Token::text).toList();
		int i = 0;
		while (i < tokens.size()) {
			Gazetteer.Entry entry = this.gazetteer.match(tokens, i);
			PlaceMatch place = this.places.match(words, i);
			if (entry != null && (place == null || entry.tokens().size() >= place.length())) {
				sink.mention(new Mention(entry.type(), join(tokens, i, i + entry.tokens().size()), entry.canonical(),
						Mention.GAZETTEER));
				i += entry.tokens().size();
				continue;
			}
			int end = personEnd(tokens, i);
			if (end > i + 1 && (place == null || end - i > place.length())) {
				String name = join(tokens, i, end);
				sink.mention(new Mention(EntityType.PERSON, name, name, Mention.RULE));
				i = end;
				continue;
			}
			if (place != null) {
				place(words, i, place, language, sink);
				i += place.length();
				continue;
			}
			if (tokens.get(i).isWord() && tokens.get(i).isCapitalized()) {
				sink.candidate(tokens.get(i).text());
			}
			i++;
		}
	}

	private void place(List<String> words, int start, PlaceMatch place, String language, MentionSink sink) {
		if (this.evidence.isPartOfAName(words, start, place.length())) {
			return;
		}
		String surface = String.join(" ", words.subList(start, start + place.length()));
		Mention mention = new Mention(EntityType.PLACE, surface, place.canonical(), Mention.GAZETTEER);
		if (PlaceEvidence.needsEvidence(place, surface, language, this.givenNames)
				&& !this.evidence.shownAsPlace(words, start, place.length())) {
			sink.tentative(mention);
		}
		else {
			sink.mention(mention);
		}
	}

	private int personEnd(List<Token> tokens, int start) {
		Token first = tokens.get(start);
		if (!first.isCapitalized() || !this.givenNames.contains(first.text())) {
			return start;
		}
		int k = start + 1;
		int surnames = 0;
		while (k < tokens.size() && k - start < MAX_NAME_TOKENS) {
			int afterParticles = skipParticles(tokens, k);
			Token next = (afterParticles < tokens.size()) ? tokens.get(afterParticles) : null;
			boolean fits = next != null && isSurname(next)
					&& (surnames == 0 || isProperNoun(next) || this.givenNames.contains(next.text()));
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
		while (i < tokens.size() && i - k < 2 && PARTICLES.contains(tokens.get(i).text())) {
			i++;
		}
		return i;
	}

	private boolean isSurname(Token token) {
		return token.isWord() && token.isCapitalized() && SURNAME_TAGS.contains(token.tag())
				&& !NOT_SURNAMES.contains(token.text()) && !this.gazetteer.startsPlaceOrOrganisation(token.text())
				&& !isProminentPlace(token.text()) && !isAcronym(token.text());
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

	private static boolean isProperNoun(Token token) {
		return token.isWord() && token.isCapitalized() && (token.tag().equals("PROPN") || token.tag().equals("CAP"))
				&& !NOT_SURNAMES.contains(token.text());
	}

	private static boolean isAcronym(String text) {
		return text.length() > 1 && text.chars().allMatch((c) -> Character.isUpperCase(c) || c == '-');
	}

	private static String join(List<Token> tokens, int from, int to) {
		StringBuilder out = new StringBuilder();
		for (int i = from; i < to; i++) {
			out.append((i > from) ? " " : "").append(tokens.get(i).text());
		}
		return out.toString();
	}

	/**
	 * Receives what the recognizer finds.
	 */
	interface MentionSink {

		void mention(Mention mention);

		void candidate(String properNoun);

		/**
		 * A place name that counts only if the item names the same place where the text
		 * shows it to be one.
		 */
		void tentative(Mention mention);

	}

}
