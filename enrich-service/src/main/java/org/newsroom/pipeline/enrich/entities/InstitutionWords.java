package org.newsroom.pipeline.enrich.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The cue words of organisations' names, from {@code enrich/organisations/cues.txt}: head
 * and start words, joiners, the endings of German institution compounds, descriptors and
 * the upper-case words that name no organisation.
 */
final class InstitutionWords {

	private static final List<String> NATIONAL_PREFIXES = List.of("Bundes", "Landes", "Staats", "Europa", "Welt");

	private final Set<String> heads;

	private final Set<String> starts;

	private final Set<String> joiners;

	private final CueWords.Endings compounds;

	private final Set<String> descriptors;

	private final Set<String> notAcronyms;

	private final CueWords.Endings descriptorSuffixes;

	InstitutionWords(CueWords cues) {
		this.heads = cues.of("head");
		this.starts = cues.of("start");
		this.joiners = cues.of("joiner");
		this.compounds = cues.endings("compound");
		this.descriptors = cues.of("descriptor");
		this.notAcronyms = cues.of("not-acronym");
		this.descriptorSuffixes = cues.endings("descriptor-suffix");
	}

	boolean isStart(String word) {
		return this.starts.contains(word);
	}

	boolean isJoiner(String word) {
		return this.joiners.contains(word);
	}

	/**
	 * Whether a German word, in the genitive too, ends like an institution's compound.
	 */
	boolean isCompound(String word) {
		return word.length() > 6 && this.compounds.endsOneOf(withoutGenitive(word));
	}

	/** {@code Bundesimkeramt}: a compound national by its prefix. */
	static boolean isNational(String word) {
		return NATIONAL_PREFIXES.stream().anyMatch(word::startsWith);
	}

	/** An acronym no list knows and that is no legal form or common abbreviation. */
	boolean isUnknownAcronym(String word) {
		return NameWords.isAcronym(word) && word.length() <= 6 && !this.heads.contains(word)
				&& !this.starts.contains(word) && !this.notAcronyms.contains(word) && !NameWords.isRomanNumeral(word);
	}

	boolean isDescriptor(List<String> words, int at) {
		String word = words.get(at);
		Set<String> english = this.descriptors;
		return english.contains(word) || (at == 0 && english.contains(word.toLowerCase(Locale.ROOT)))
				|| (NameWords.isNameWord(word) && word.length() > 5
						&& this.descriptorSuffixes.endsOrIsOneOf(withoutGenitive(word)));
	}

	/** A head word, also in the German genitive ({@code Instituts}, {@code Vereins}). */
	boolean isHead(String word) {
		return this.heads.contains(word) || this.heads.contains(withoutGenitive(word)) || isHyphenatedHead(word);
	}

	/** {@code Leibniz-Institut}, {@code Ruder-Club}; not {@code S-Bahn}. */
	boolean isHyphenatedHead(String word) {
		int hyphen = word.lastIndexOf('-');
		if (hyphen < 2 || hyphen + 1 >= word.length()) {
			return false;
		}
		String last = word.substring(hyphen + 1);
		return this.heads.contains(last) || this.heads.contains(withoutGenitive(last));
	}

	/**
	 * Whether a word names an institution: a head or start word, or a German compound
	 * ending in one ({@code Hochschule}, {@code Landesbank}).
	 */
	boolean isInstitutionWord(String word) {
		return isHead(word) || this.starts.contains(word) || (word.length() > 6 && this.compounds.endsOneOf(word));
	}

	private static String withoutGenitive(String word) {
		if (word.endsWith("es") && word.length() > 5) {
			return word.substring(0, word.length() - 2);
		}
		return (word.endsWith("s") && word.length() > 4) ? word.substring(0, word.length() - 1) : word;
	}

}
