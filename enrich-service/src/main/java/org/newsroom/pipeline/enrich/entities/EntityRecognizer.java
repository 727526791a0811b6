package org.newsroom.pipeline.enrich.entities;

import java.util.List;
import java.util.Set;

/**
 * Finds mentions in one tokenized sentence: gazetteer entries first (longest match), then
 * people as a known given name followed by surname-like tokens (proper nouns from the
 * German tagger, capitalized words elsewhere). Other proper nouns are kept as candidates
 * for surname-only mentions.
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

	EntityRecognizer(Gazetteer gazetteer, GivenNames givenNames) {
		this.gazetteer = gazetteer;
		this.givenNames = givenNames;
	}

	void recognize(List<Token> tokens, MentionSink sink) {
		int i = 0;
		while (i < tokens.size()) {
			Gazetteer.Entry entry = this.gazetteer.match(tokens, i);
			if (entry != null) {
				sink.mention(new Mention(entry.type(), join(tokens, i, i + entry.tokens().size()), entry.canonical(),
						"gazetteer"));
				i += entry.tokens().size();
				continue;
			}
			int end = personEnd(tokens, i);
			if (end > i + 1) {
				String name = join(tokens, i, end);
				sink.mention(new Mention(EntityType.PERSON, name, name, "model"));
				i = end;
				continue;
			}
			if (tokens.get(i).isWord() && tokens.get(i).isCapitalized()) {
				sink.candidate(tokens.get(i).text());
			}
			i++;
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
				&& !isAcronym(token.text());
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

	}

}
