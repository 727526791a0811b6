package org.newsroom.pipeline.enrich.dateline;

import java.util.function.Predicate;

import org.newsroom.pipeline.enrich.places.PlaceIndex;

/**
 * The places of the open-data place index, so a dateline knows the same places as the
 * rest of the item.
 */
final class KnownPlaces implements Predicate<String> {

	private final PlaceIndex index;

	private KnownPlaces(PlaceIndex index) {
		this.index = index;
	}

	static KnownPlaces load() {
		return new KnownPlaces(PlaceIndex.standard());
	}

	@Override
	public boolean test(String name) {
		return !name.isBlank() && this.index.contains(name);
	}

}
