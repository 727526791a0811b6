package org.newsroom.pipeline.console.item;

import java.time.Instant;

/**
 * What the item list shows; every part is optional.
 *
 * @param query the start of a content id or part of a headline, case-insensitive
 * @param state only items in this state
 * @param kind only items of this kind
 * @param section only items of this section
 * @param from only items active at or after this time
 * @param to only items whose latest activity is before this time
 */
record ItemFilter(String query, ItemState state, String kind, String section, Instant from, Instant to) {

	/** No filter: every item. */
	public static final ItemFilter ALL = new ItemFilter(null, null, null, null, null, null);

}
