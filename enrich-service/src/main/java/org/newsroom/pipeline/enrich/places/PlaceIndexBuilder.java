package org.newsroom.pipeline.enrich.places;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Collects place names before they are frozen into a {@link PlaceIndex}: where two places
 * share a name, the country outranks the world region, the large city, the region and the
 * small city, and among equals the more populous place keeps the name.
 */
final class PlaceIndexBuilder {

	private final Map<String, Candidate> byName = new HashMap<>();

	private final Map<String, String> commonWords = new HashMap<>();

	private final Set<String> stopWords;

	/**
	 * @param stopWords lower-case stop words of the supported languages: a place named
	 * {@code Of} or {@code Die} is never named without further evidence
	 */
	PlaceIndexBuilder(Set<String> stopWords) {
		this.stopWords = stopWords;
	}

	void add(String name, String canonical, PlaceKind kind, long population) {
		String key = PlaceIndex.key(name);
		if (key.isEmpty() || !Character.isUpperCase(key.charAt(0))) {
			return;
		}
		Candidate candidate = new Candidate(canonical, kind, population);
		this.byName.merge(key, candidate, (old, added) -> added.outranks(old) ? added : old);
	}

	void commonWord(String name, String language) {
		this.commonWords.merge(name, language, (a, b) -> a.contains(b) ? a : a + "," + b);
	}

	PlaceIndex build() {
		String[] names = this.byName.keySet().toArray(String[]::new);
		Arrays.sort(names);
		String[] canonical = new String[names.length];
		byte[] kind = new byte[names.length];
		String[] commonWordIn = new String[names.length];
		Map<String, String> shared = new HashMap<>();
		for (int i = 0; i < names.length; i++) {
			Candidate candidate = this.byName.get(names[i]);
			canonical[i] = candidate.canonical().equals(names[i]) ? names[i] : candidate.canonical();
			kind[i] = (byte) candidate.kind().ordinal();
			String common = this.stopWords.contains(names[i].toLowerCase(Locale.ROOT)) ? "*"
					: this.commonWords.getOrDefault(names[i], "");
			commonWordIn[i] = shared.computeIfAbsent(common, (c) -> c);
		}
		return new PlaceIndex(names, canonical, kind, commonWordIn);
	}

	private record Candidate(String canonical, PlaceKind kind, long population) {

		boolean outranks(Candidate other) {
			return (this.kind != other.kind) ? this.kind.compareTo(other.kind) > 0 : this.population > other.population;
		}

	}

}
