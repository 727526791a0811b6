package org.newsroom.pipeline.enrich.entities;

import java.util.List;
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

	/** Heads written with a full stop that belongs to the name: {@code Velotex Inc.}. */
	private static final Set<String> ABBREVIATIONS = Set.of("Inc", "Co", "Corp", "Ltd", "Bros");

	private static final int MAX_TOKENS = 8;

	private static final int MAX_DESCRIBED = 3;

	private final PlaceIndex places;

	private final Predicate<String> person;

	private final InstitutionWords cues = new InstitutionWords(CueWords.load(CUES));

	/**
	 * @param places the place index, for the places that end names
	 * @param person whether a word starts a person's name, so that no organisation does
	 */
	OrganisationNames(PlaceIndex places, Predicate<String> person) {
		this.places = places;
		this.person = person;
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
		if (!NameWords.isNameWord(first) || (!NameWords.isNameLike(first) && !NameWords.isAcronym(first))) {
			return start;
		}
		int run = runEnd(words, start);
		if (this.cues.isDescriptor(words, start) && !this.cues.isStart(first) && run > start + 1) {
			return start;
		}
		int end = headed(words, start, run);
		if (end == start) {
			end = compound(words, start, run);
		}
		if (end == start && (words.subList(start, run).contains("&") || isUnknownAcronym(first))) {
			end = Math.min(run, start + MAX_DESCRIBED);
		}
		if (end == start && start > 0 && this.cues.isDescriptor(words, start - 1) && !this.person.test(first)) {
			end = Math.min(run, start + MAX_DESCRIBED);
		}
		return end;
	}

	/** An acronym no list knows and that is no legal form or common abbreviation. */
	boolean isUnknownAcronym(String word) {
		return this.cues.isUnknownAcronym(word);
	}

	/** Whether a word names an institution ({@code Hochschule}, {@code Landesbank}). */
	boolean isInstitutionWord(String word) {
		return this.cues.isInstitutionWord(word);
	}

	private int headed(List<String> words, int start, int run) {
		int head = lastHead(words, start, run);
		if (head < start && !this.cues.isStart(words.get(start))) {
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
	 * ({@code Leibniz-Institut}).
	 */
	private int compound(List<String> words, int start, int run) {
		String first = words.get(start);
		if (this.cues.isHyphenatedHead(first)) {
			return named(words, start + 1);
		}
		if (this.cues.isCompound(first)) {
			int named = named(words, start + 1);
			if (named > start + 1 && !isAcronymOnly(words, start + 1, named)) {
				return named;
			}
			return InstitutionWords.isNational(first) ? start + 1 : start;
		}
		String last = words.get(run - 1);
		boolean adjective = first.endsWith("e") || first.endsWith("en") || first.endsWith("er") || first.endsWith("es");
		if (run > start + 1 && run - start <= 3 && adjective && last.length() > 6 && this.cues.isCompound(last)) {
			return run;
		}
		return start;
	}

	/** Capitalized words from a start; joiners count only after a head or start word. */
	private int runEnd(List<String> words, int start) {
		int j = start;
		while (j < words.size() && j - start < MAX_TOKENS
				&& (NameWords.isNameWord(words.get(j)) || this.cues.isHead(words.get(j)) || (words.get(j).equals("&")
						&& j > start && j + 1 < words.size() && NameWords.isNameWord(words.get(j + 1))))) {
			j++;
		}
		return j;
	}

	private int lastHead(List<String> words, int start, int run) {
		for (int j = run - 1; j >= start; j--) {
			if (this.cues.isHead(words.get(j))) {
				return j;
			}
		}
		return -1;
	}

	private static boolean isAcronymOnly(List<String> words, int from, int end) {
		return end == from + 1 && NameWords.isAcronym(words.get(from));
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
			else if (NameWords.isAcronym(word) || this.cues.isHead(word)
					|| (NameWords.isNumber(word) && this.cues.isHead(words.get(j - 1)))) {
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
		if (!this.cues.isJoiner(words.get(at))) {
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
					&& j + 1 < words.size() && NameWords.isNameWord(words.get(j + 1));
			if (!joins && !(NameWords.isNameWord(word) && (NameWords.isNameLike(word) || NameWords.isAcronym(word)))) {
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

	/** {@code 1. FC Falkenried}: a club's number before its start word. */
	private boolean isClubNumber(List<String> words, int start) {
		return start + 3 < words.size() && words.get(start + 1).equals(".") && this.cues.isStart(words.get(start + 2))
				&& NameWords.isNumber(words.get(start));
	}

	private static boolean isWord(String word) {
		return !word.isEmpty() && Character.isLetter(word.charAt(0));
	}

}
