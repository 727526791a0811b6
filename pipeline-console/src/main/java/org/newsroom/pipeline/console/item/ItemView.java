package org.newsroom.pipeline.console.item;

import java.time.Instant;
import java.util.List;

/**
 * One item in the item list.
 *
 * @param contentId the item
 * @param headline its latest known headline
 * @param kind {@code article} or {@code episode}, or {@code null} when lineage never said
 * @param section its section, or {@code null} when lineage never said
 * @param revision the latest revision any stage saw
 * @param state where it stands now
 * @param stateSince when the step that set the state happened
 * @param embargoedUntil when its embargo ends, for an embargoed item
 * @param lastAt its latest activity
 * @param reached the latest step of each stage, in the order the stages first acted
 */
record ItemView(String contentId, String headline, String kind, String section, long revision, ItemState state,
		Instant stateSince, Instant embargoedUntil, Instant lastAt, List<Reached> reached) {

	/**
	 * The latest step of one stage.
	 *
	 * @param stage the stage, such as {@code enrich}
	 * @param outcome what it did, such as {@code ENRICHED}
	 * @param revision the revision it acted on
	 * @param at when
	 */
	public record Reached(String stage, String outcome, long revision, Instant at) {
	}

}
