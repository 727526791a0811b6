package org.newsroom.pipeline.enrich.entities;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.newsroom.pipeline.enrich.places.PlaceIndex;
import org.newsroom.pipeline.enrich.places.PlaceKind;
import org.newsroom.pipeline.enrich.places.PlaceMatch;

/**
 * Given names: a capitalized sequence starting with one is a person. The hand-written
 * {@code enrich/given-names.txt} holds names frequent in European news; the open-data
 * {@code enrich/people/open-given-names.txt} adds those of many more languages, less the
 * names of regions, countries and cities of 100,000 ({@code Victoria}, {@code Houston}),
 * which start a place more often than a person.
 */
final class GivenNames {

	static final String RESOURCE = "enrich/given-names.txt";

	static final String OPEN_RESOURCE = "enrich/people/open-given-names.txt";

	private final Set<String> names;

	private final Set<String> frequent;

	private GivenNames(Set<String> names, Set<String> frequent) {
		this.names = names;
		this.frequent = frequent;
	}

	static GivenNames load() {
		return load(PlaceIndex.standard());
	}

	static GivenNames load(PlaceIndex places) {
		Set<String> frequent = new HashSet<>();
		read(RESOURCE, frequent::add);
		Set<String> names = new HashSet<>(frequent);
		read(OPEN_RESOURCE, (name) -> {
			if (!isLargePlace(places.lookup(name))) {
				names.add(name);
			}
		});
		return new GivenNames(Set.copyOf(names), Set.copyOf(frequent));
	}

	private static boolean isLargePlace(PlaceMatch place) {
		return place != null && place.kind() != PlaceKind.SMALL_CITY;
	}

	private static void read(String resource, Consumer<String> names) {
		CueWords.lines(resource, (line) -> {
			for (String name : line.strip().split("\\s+")) {
				names.accept(name);
			}
		});
	}

	/**
	 * Whether a token is a given name; double names like {@code Frank-Walter} count when
	 * their first part is one.
	 * @param token the token
	 * @return {@code true} for a known given name
	 */
	boolean contains(String token) {
		if (this.names.contains(token)) {
			return true;
		}
		int hyphen = token.indexOf('-');
		return hyphen > 0 && this.names.contains(token.substring(0, hyphen))
				&& this.names.contains(token.substring(hyphen + 1));
	}

	/**
	 * Whether a token is one of the hand-written names frequent in European news; only
	 * German sentences with such a name are tagged, since tagging costs more than all
	 * other entity rules together.
	 * @param token the token
	 * @return {@code true} for a frequent given name
	 */
	boolean isFrequent(String token) {
		return this.frequent.contains(token);
	}

	int size() {
		return this.names.size();
	}

}
