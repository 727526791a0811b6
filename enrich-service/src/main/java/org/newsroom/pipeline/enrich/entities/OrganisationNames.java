package org.newsroom.pipeline.enrich.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.newsroom.pipeline.enrich.places.PlaceIndex;
import org.newsroom.pipeline.enrich.places.PlaceMatch;

/**
 * Where an organisation's name ends that no list knows, from the cue words of
 * {@code enrich/organisations/cues.txt}: capitalized words up to a head word and what
 * names it further ({@code Nordstern Logistik AG}, {@code Bank of Avalon},
 * {@code Technische Universität Falkenried}); a start word and the name or place after it
 * ({@code FC Falkenried}, {@code Stadtwerke Falkenried}); a German compound naming an
 * institution ({@code Vermessungsamt Falkenried}, {@code Leibniz-Institut für
 * Moorkunde}, {@code Deutsche Imkerkonferenz}); or a name after a descriptor
 * ({@code carmaker Velotex}, {@code Autobauer Brandtwerk}), which itself is left out.
 */
final class OrganisationNames {

	static final String CUES = "enrich/organisations/cues.txt";

	private static final List<String> NATIONAL_PREFIXES = List.of("Bundes", "Landes", "Staats", "Europa", "Welt");

	/** Heads written with a full stop that belongs to the name: {@code Velotex Inc.}. */
	private static final Set<String> ABBREVIATIONS = Set.of("Inc", "Co", "Corp", "Ltd", "Bros");

	private static final int MAX_TOKENS = 8;

	private static final int MAX_DESCRIBED = 3;

	private final PlaceIndex places;

	private final Predicate<String> person;

	private final CueWords cues;

	private final Set<String> heads;

	private final Set<String> starts;

	private final Set<String> joiners;

	private final CueWords.Endings compounds;

	private final Set<String> descriptors;

	private final Set<String> notAcronyms;

	private final CueWords.Endings descriptorSuffixes;

	/**
	 * @param places the place index, for the places that end names
	 * @param person whether a word starts a person's name, so that no organisation does
	 */
	OrganisationNames(PlaceIndex places, Predicate<String> person) {
		this.places = places;
		this.person = person;
		this.cues = CueWords.load(CUES);
		this.heads = this.cues.of("head");
		this.starts = this.cues.of("start");
		this.joiners = this.cues.of("joiner");
		this.compounds = this.cues.endings("compound");
		this.descriptors = this.cues.of("descriptor");
		this.notAcronyms = this.cues.of("not-acronym");
		this.descriptorSuffixes = this.cues.endings("descriptor-suffix");
	}

	/**
	 * The end of the organisation's name that starts at a word.
	 * @param words the words of the sentence
	 * @param start where the name would start; a stop word never starts one
	 * @return the index after the name, or {@code start} for none
	 */
	int end(List<String> words, int start) {
		String first = words.get(start);
		if (first.isEmpty() || !Character.isLetterOrDigit(first.charAt(0))
				|| !(Character.isUpperCase(first.charAt(0)) || Character.isDigit(first.charAt(0)))) {
			return start;
		}
		if (first.equals("The") && start > 0 && start + 1 < words.size() && isWord(words.get(start - 1))) {
			int named = end(words, start + 1);
			return (named > start + 1) ? named : start;
		}
		if (isClubNumber(words, start)) {
			return named(words, start + 3);
		}
		if (isClubOrdinal(words, start)) {
			return named(words, start + 2);
		}
		if (!isNameWord(first) || (!PersonNames.isNameLike(first) && !PersonNames.isAcronym(first))) {
			return start;
		}
		int run = runEnd(words, start);
		if (isDescriptor(words, start) && !this.starts.contains(first) && run > start + 1) {
			return start;
		}
		int end = headed(words, start, run);
		if (end == start) {
			end = compound(words, start, run);
		}
		if (end == start && (words.subList(start, run).contains("&") || isUnknownAcronym(first))) {
			end = Math.min(run, start + MAX_DESCRIBED);
		}
		if (end == start && start > 0 && isDescriptor(words, start - 1) && !this.person.test(first)) {
			end = Math.min(run, start + MAX_DESCRIBED);
		}
		return end;
	}

	/** An acronym no list knows and that is no legal form or common abbreviation. */
	boolean isUnknownAcronym(String word) {
		return PersonNames.isAcronym(word) && word.length() <= 6 && !this.heads.contains(word)
				&& !this.starts.contains(word) && !this.notAcronyms.contains(word) && !isRomanNumeral(word);
	}

	private static boolean isRomanNumeral(String word) {
		for (int i = 0; i < word.length(); i++) {
			if ("IVXLCDM".indexOf(word.charAt(i)) < 0) {
				return false;
			}
		}
		return true;
	}

	private int headed(List<String> words, int start, int run) {
		int head = lastHead(words, start, run);
		if (head < start && !this.starts.contains(words.get(start))) {
			return start;
		}
		int from = Math.max(head, start) + 1;
		int end = named(words, from);
		boolean nameless = end == from || (end == from + 1 && words.get(from).equals("."));
		if (isAcronymOnly(words, from, end) || (head <= start && nameless)) {
			// "Gewerkschaft GBV", "Partei PLV": the acronym alone is the name
			return start;
		}
		return end;
	}

	/**
	 * A German compound naming an institution: followed by a place or a joiner, after an
	 * adjective, or national by its prefix; or a hyphenated name ending in a head
	 * ({@code Robert-Koch-Institut}).
	 */
	private int compound(List<String> words, int start, int run) {
		String first = words.get(start);
		if (isHyphenatedHead(first)) {
			return named(words, start + 1);
		}
		if (first.length() > 6 && this.compounds.endsOneOf(withoutGenitive(first))) {
			int named = named(words, start + 1);
			if (named > start + 1 && !isAcronymOnly(words, start + 1, named)) {
				return named;
			}
			return NATIONAL_PREFIXES.stream().anyMatch(first::startsWith) ? start + 1 : start;
		}
		String last = words.get(run - 1);
		boolean adjective = first.endsWith("e") || first.endsWith("en") || first.endsWith("er") || first.endsWith("es");
		if (run > start + 1 && run - start <= 3 && adjective && last.length() > 6
				&& this.compounds.endsOneOf(withoutGenitive(last))) {
			return run;
		}
		return start;
	}

	private boolean isDescriptor(List<String> words, int at) {
		String word = words.get(at);
		Set<String> english = this.descriptors;
		return english.contains(word) || (at == 0 && english.contains(word.toLowerCase(Locale.ROOT)))
				|| (isNameWord(word) && word.length() > 5
						&& this.descriptorSuffixes.endsOrIsOneOf(withoutGenitive(word)));
	}

	/** Capitalized words from a start; joiners count only after a head or start word. */
	private int runEnd(List<String> words, int start) {
		int j = start;
		while (j < words.size() && j - start < MAX_TOKENS && (isNameWord(words.get(j)) || isHead(words.get(j))
				|| (words.get(j).equals("&") && j > start && j + 1 < words.size() && isNameWord(words.get(j + 1))))) {
			j++;
		}
		return j;
	}

	private int lastHead(List<String> words, int start, int run) {
		for (int j = run - 1; j >= start; j--) {
			if (isHead(words.get(j))) {
				return j;
			}
		}
		return -1;
	}

	/** A head word, also in the German genitive ({@code Instituts}, {@code Vereins}). */
	private boolean isHead(String word) {
		return this.heads.contains(word) || this.heads.contains(withoutGenitive(word)) || isHyphenatedHead(word);
	}

	/** {@code Robert-Koch-Institut}, {@code Fahrrad-Club}; not {@code S-Bahn}. */
	private boolean isHyphenatedHead(String word) {
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

	private static boolean isAcronymOnly(List<String> words, int from, int end) {
		return end == from + 1 && PersonNames.isAcronym(words.get(from));
	}

	private static String withoutGenitive(String word) {
		if (word.endsWith("es") && word.length() > 5) {
			return word.substring(0, word.length() - 2);
		}
		return (word.endsWith("s") && word.length() > 4) ? word.substring(0, word.length() - 1) : word;
	}

	/**
	 * After a head or start word the name goes on only with what names it: joiners and
	 * the words they join ({@code of the Republic}, {@code für Arbeit}), places,
	 * acronyms, numbers ({@code Radio 4}), further heads and an abbreviation's full stop.
	 */
	private int named(List<String> words, int from) {
		int j = from;
		while (j < words.size() && j - from < MAX_TOKENS) {
			String word = words.get(j);
			int place = placeEnd(words, j);
			int joined = joinedEnd(words, j);
			if (joined > j) {
				j = joined;
			}
			else if (place > j) {
				j = place;
			}
			else if (PersonNames.isAcronym(word) || isHead(word) || (isNumber(word) && isHead(words.get(j - 1)))) {
				j++;
			}
			else {
				return (word.equals(".") && j > from - 1 && j > 0 && ABBREVIATIONS.contains(words.get(j - 1))) ? j + 1
						: j;
			}
		}
		return j;
	}

	/**
	 * A joiner and the capitalized words after it: {@code of the Republic of Türkiye}.
	 */
	private int joinedEnd(List<String> words, int at) {
		if (!this.joiners.contains(words.get(at))) {
			return at;
		}
		int j = at + 1;
		if (j < words.size() && words.get(j).equals("the")) {
			j++;
		}
		int names = j;
		while (j < words.size() && j - at < MAX_TOKENS) {
			String word = words.get(j);
			boolean joins = (word.equals("and") || word.equals("und") || word.equals("&")) && j > names
					&& j + 1 < words.size() && isNameWord(words.get(j + 1));
			if (!joins && !(isNameWord(word) && (PersonNames.isNameLike(word) || PersonNames.isAcronym(word)))) {
				break;
			}
			j++;
		}
		return (j > names) ? j : at;
	}

	private int placeEnd(List<String> words, int at) {
		PlaceMatch place = this.places.match(words, at);
		return (place != null) ? at + place.length() : at;
	}

	/** {@code 1. FC Köln}: a club's number before its start word. */
	private boolean isClubNumber(List<String> words, int start) {
		return start + 3 < words.size() && words.get(start + 1).equals(".")
				&& this.starts.contains(words.get(start + 2)) && isNumber(words.get(start));
	}

	/** {@code 1.} as the German tokenizer keeps a club's number. */
	private boolean isClubOrdinal(List<String> words, int start) {
		String first = words.get(start);
		return start + 2 < words.size() && first.length() > 1 && first.endsWith(".")
				&& isNumber(first.substring(0, first.length() - 1)) && this.starts.contains(words.get(start + 1));
	}

	private static boolean isNumber(String word) {
		for (int i = 0; i < word.length(); i++) {
			if (!Character.isDigit(word.charAt(i))) {
				return false;
			}
		}
		return !word.isEmpty();
	}

	private static boolean isWord(String word) {
		return !word.isEmpty() && Character.isLetter(word.charAt(0));
	}

	private static boolean isNameWord(String word) {
		return !word.isEmpty() && Character.isUpperCase(word.charAt(0))
				&& Character.isLetterOrDigit(word.charAt(word.length() - 1));
	}

}
