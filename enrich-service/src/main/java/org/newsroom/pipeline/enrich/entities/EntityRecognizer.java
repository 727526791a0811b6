package org.newsroom.pipeline.enrich.entities;

import java.util.List;
import java.util.Set;

import org.newsroom.pipeline.enrich.places.PlaceIndex;
import org.newsroom.pipeline.enrich.places.PlaceKind;
import org.newsroom.pipeline.enrich.places.PlaceMatch;

/**
 * Finds mentions in one tokenized sentence, at each token the longest of: a gazetteer
 * entry, an organisation named by its cue words, a person ({@link PersonNames}) and an
 * open-data place. An organisation's acronym in parentheses joins it, and so does a party
 * in parentheses after a person ({@code Jane Roe (Bürgerliste)}). A place name that is
 * also a common word stays tentative unless the sentence shows it to be a place. Other
 * proper nouns are kept as candidates for surname-only and acronym mentions.
 */
final class EntityRecognizer {

	private final Gazetteer gazetteer;

	private final GivenNames givenNames;

	private final PlaceIndex places;

	private final PlaceEvidence evidence;

	private final PersonNames people;

	private final OrganisationNames organisations;

	private final GeographicNames features = new GeographicNames();

	EntityRecognizer(Gazetteer gazetteer, GivenNames givenNames, PlaceIndex places) {
		this.gazetteer = gazetteer;
		this.givenNames = givenNames;
		this.places = places;
		this.evidence = new PlaceEvidence(places);
		CueWords roles = CueWords.load(PersonNames.ROLES);
		Set<String> titles = roles.of("word");
		this.organisations = new OrganisationNames(places,
				(word) -> givenNames.contains(word) || titles.contains(word));
		this.people = new PersonNames(gazetteer, givenNames, places, roles, this.organisations::isInstitutionWord);
	}

	void recognize(List<Token> tokens, String language, MentionSink sink) {
		List<String> words = tokens.stream().map(Token::text).toList();
		int i = 0;
		while (i < tokens.size()) {
			Gazetteer.Entry entry = this.gazetteer.match(tokens, i);
			PlaceMatch place = this.places.match(words, i);
			int known = (entry != null) ? entry.tokens().size() : 0;
			int placeLength = (place != null) ? place.length() : 0;
			int person = this.people.end(tokens, i);
			int organisation = this.organisations.end(words, i);
			boolean institution = person > i && this.organisations.isInstitutionWord(words.get(person - 1));
			if (organisation - i > Math.max(known, placeLength)
					&& (organisation > person || (organisation == person && institution))) {
				i = organisation(words, i, organisation, sink);
				continue;
			}
			int feature = this.features.end(words, i);
			if (feature - i > Math.max(Math.max(known, placeLength), person - i)) {
				String name = join(words, i, feature);
				sink.mention(new Mention(EntityType.PLACE, name, name, Mention.RULE));
				i = feature;
				continue;
			}
			if (entry != null && known >= placeLength) {
				sink.mention(
						new Mention(entry.type(), join(words, i, i + known), entry.canonical(), Mention.GAZETTEER));
				i += known;
				continue;
			}
			if (person > i && (person - i > placeLength || this.people.isRole(tokens, i - 1))) {
				i = person(words, i, person, sink);
				continue;
			}
			if (place != null) {
				place(words, i, place, language, sink);
				i += place.length();
				continue;
			}
			if (this.organisations.isUnknownAcronym(words.get(i))) {
				sink.mention(new Mention(EntityType.ORGANISATION, words.get(i), words.get(i), Mention.RULE));
			}
			else if (tokens.get(i).isWord() && tokens.get(i).isCapitalized()) {
				sink.candidate(words.get(i));
			}
			i++;
		}
	}

	/** An organisation, and its acronym when parentheses follow: {@code … (TUM)}. */
	private int organisation(List<String> words, int start, int end, MentionSink sink) {
		String name = join(words, start, end);
		sink.mention(new Mention(EntityType.ORGANISATION, name, name, Mention.RULE));
		if (end + 2 < words.size() && words.get(end).equals("(") && words.get(end + 2).equals(")")
				&& NameWords.isAcronym(words.get(end + 1))) {
			sink.alias(words.get(end + 1), name);
			return end + 3;
		}
		return end;
	}

	/**
	 * A person, unless the name goes on as a street's ({@code Grace Street}); a party in
	 * parentheses after it that no list knows is an organisation.
	 */
	private int person(List<String> words, int start, int end, MentionSink sink) {
		if (PlaceEvidence.isStreet(words.get(end - 1))
				|| (end < words.size() && this.people.isFacility(words.get(end)))) {
			return end;
		}
		String name = join(words, start, end);
		sink.mention(new Mention(EntityType.PERSON, name, name, Mention.RULE));
		int close = end + 1;
		while (close < words.size() && close - end <= 3 && isPartyWord(words.get(close))) {
			close++;
		}
		if (close > end + 1 && close < words.size() && words.get(end).equals("(") && words.get(close).equals(")")
				&& this.gazetteer.match(List.of(new Token(words.get(end + 1), "CAP")), 0) == null
				&& this.places.match(words, end + 1) == null) {
			String party = join(words, end + 1, close);
			sink.mention(new Mention(EntityType.ORGANISATION, party, party, Mention.RULE));
			return close + 1;
		}
		return end;
	}

	private static boolean isPartyWord(String word) {
		return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !word.chars().allMatch(Character::isDigit);
	}

	private void place(List<String> words, int start, PlaceMatch place, String language, MentionSink sink) {
		if (this.evidence.isPartOfAName(words, start, place.length())) {
			return;
		}
		String surface = String.join(" ", words.subList(start, start + place.length()));
		Mention mention = new Mention(EntityType.PLACE, surface, place.canonical(), Mention.GAZETTEER);
		boolean shown = this.evidence.shownAsPlace(words, start, place.length());
		if (PlaceEvidence.needsEvidence(place, surface, language, this.givenNames) && !shown) {
			sink.tentative(mention);
		}
		else if (place.kind() == PlaceKind.SMALL_CITY && place.length() == 1 && !shown) {
			sink.unlessNamed(mention);
		}
		else {
			sink.mention(mention);
		}
	}

	/** Words joined by spaces, but a club's number keeps its full stop: {@code 1. FC}. */
	private static String join(List<String> words, int from, int to) {
		StringBuilder out = new StringBuilder();
		for (int i = from; i < to; i++) {
			String word = words.get(i);
			out.append((i > from && !word.equals(".")) ? " " : "").append(word);
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

		/**
		 * An acronym given for an organisation's name; where it stands alone it counts
		 * for that organisation.
		 */
		default void alias(String acronym, String canonical) {
		}

		/**
		 * A small town's name that counts unless a person found in the item has it as a
		 * name ({@code Selby} after {@code Ann Selby}).
		 */
		default void unlessNamed(Mention mention) {
			mention(mention);
		}

	}

}
