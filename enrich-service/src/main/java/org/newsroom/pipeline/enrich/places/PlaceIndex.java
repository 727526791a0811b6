package org.newsroom.pipeline.enrich.places;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every place name of the open-data sources, as one sorted array of names (words joined
 * by single spaces) with parallel arrays for the place each name stands for. Some 60,000
 * names take a few megabytes and a lookup is a binary search per word, where a map of
 * entry objects per name would take several times the heap.
 */
public final class PlaceIndex {

	/** Inhabitants from which a city outranks a region of the same name. */
	public static final int LARGE_CITY = 100_000;

	/** Inhabitants from which a city's name is never a surname of the person rule. */
	public static final int MAJOR_CITY = 1_000_000;

	/** The words of a name, as the entity enricher's simple tokenizer splits them. */
	static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-.’'][\\p{L}\\p{N}]+)*|\\S");

	private static final int MAX_WORDS = 6;

	private static final PlaceKind[] KINDS = PlaceKind.values();

	private final String[] names;

	private final String[] canonical;

	private final byte[] kind;

	private final String[] commonWordIn;

	PlaceIndex(String[] names, String[] canonical, byte[] kind, String[] commonWordIn) {
		this.names = names;
		this.canonical = canonical;
		this.kind = kind;
		this.commonWordIn = commonWordIn;
	}

	/**
	 * The index of the shipped resources, loaded once per class loader.
	 * @return the index
	 */
	public static PlaceIndex standard() {
		return Holder.INDEX;
	}

	/**
	 * The longest place name that starts at a word; a German genitive of the last word
	 * ({@code Bayerns}) counts as the name.
	 * @param words the words of a sentence
	 * @param start where to look
	 * @return the match, or {@code null}
	 */
	public PlaceMatch match(List<String> words, int start) {
		String first = words.get(start);
		if (first.isEmpty() || !Character.isUpperCase(first.charAt(0))) {
			return null;
		}
		PlaceMatch best = null;
		String key = first;
		for (int end = start + 1; end <= words.size() && end - start <= MAX_WORDS; end++) {
			if (end > start + 1) {
				key = key + " " + words.get(end - 1);
			}
			int found = find(key);
			if (found < 0 && key.endsWith("s") && words.get(end - 1).length() > 4) {
				found = find(key.substring(0, key.length() - 1));
			}
			if (found >= 0) {
				best = at(found, end - start);
			}
			if (!continues(key)) {
				break;
			}
		}
		return best;
	}

	/**
	 * Whether a name, such as a dateline's, is a place name.
	 * @param name the name as written
	 * @return {@code true} for a known place name
	 */
	public boolean contains(String name) {
		return find(key(name)) >= 0;
	}

	/**
	 * The place a name stands for.
	 * @param name the name as written
	 * @return the match over the whole name, or {@code null}
	 */
	public PlaceMatch lookup(String name) {
		String key = key(name);
		int found = find(key);
		return (found >= 0) ? at(found, key.split(" ").length) : null;
	}

	/**
	 * The number of names, for heap estimates.
	 * @return how many names the index holds
	 */
	public int size() {
		return this.names.length;
	}

	static String key(String name) {
		Matcher m = WORD.matcher(name);
		return m.results().map((r) -> r.group()).collect(Collectors.joining(" "));
	}

	private PlaceMatch at(int index, int length) {
		return new PlaceMatch(length, this.canonical[index], KINDS[this.kind[index]], this.commonWordIn[index]);
	}

	private int find(String key) {
		int found = Arrays.binarySearch(this.names, key);
		return (found >= 0) ? found : -1;
	}

	private boolean continues(String key) {
		String prefix = key + " ";
		int at = -Arrays.binarySearch(this.names, prefix) - 1;
		return at >= 0 && at < this.names.length && this.names[at].startsWith(prefix);
	}

	private static final class Holder {

		private static final PlaceIndex INDEX = PlaceSources.load();

	}

}
