package org.newsroom.pipeline.console.item;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.contract.lineage.LineageEvent;
import org.newsroom.pipeline.contract.lineage.LineageOutcome;

import static org.assertj.core.api.Assertions.assertThat;

class ItemDigestTests {

	private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");

	/**
	 * A story's life: in, enriched, embargoed, live, updated, killed, with no-op steps.
	 */
	private static final List<LineageEvent> TIMELINE = List.of(
			step(0, 1, "ingest", LineageOutcome.ACCEPTED, "Bahn-Streik beginnt"),
			step(1, 1, "enrich", LineageOutcome.ENRICHED, null), step(2, 1, "publish", LineageOutcome.EMBARGOED, null),
			step(3, 1, "ingest", LineageOutcome.DUPLICATE, null), step(4, 1, "publish", LineageOutcome.PUBLISHED, null),
			step(5, 1, "webhook", LineageOutcome.DELIVERED, null),
			step(6, 2, "ingest", LineageOutcome.ACCEPTED, "Bahn-Streik: Einigung in Sicht"),
			step(7, 1, "ingest", LineageOutcome.STALE, null), step(8, 2, "enrich", LineageOutcome.ENRICHED, null),
			step(9, 2, "publish", LineageOutcome.UPDATED, null), step(10, 2, "ingest", LineageOutcome.WITHDRAWN, null),
			step(11, 2, "publish", LineageOutcome.WITHDRAWN, null));

	@Test
	void foldsNewStepsOntoASummaryAsTheWholeTimelineWould() {
		ItemView whole = ItemDigest.of("art-1", TIMELINE, "publish");

		for (int split = 1; split < TIMELINE.size(); split++) {
			ItemView before = ItemDigest.of("art-1", TIMELINE.subList(0, split), "publish");
			List<LineageEvent> later = TIMELINE.subList(split, TIMELINE.size());

			assertThat(ItemDigest.follows(before, later)).isTrue();
			assertThat(ItemDigest.continued(before, later, "publish")).as("split at %d", split).isEqualTo(whole);
		}
		assertThat(whole.state()).isEqualTo(ItemState.WITHDRAWN);
		assertThat(whole.headline()).isEqualTo("Bahn-Streik: Einigung in Sicht");
		assertThat(whole.revision()).isEqualTo(2);
	}

	@Test
	void foldsAStepThatCameAgainWithoutChangingTheSummary() {
		ItemView live = ItemDigest.of("art-1", TIMELINE.subList(0, 6), "publish");

		assertThat(ItemDigest.continued(live, List.of(TIMELINE.get(5)), "publish")).isEqualTo(live);
	}

	@Test
	void asksForTheWholeTimelineWhenAStepArrivesLate() {
		List<LineageEvent> withoutTheEmbargo = new ArrayList<>(TIMELINE.subList(0, 6));
		LineageEvent embargo = withoutTheEmbargo.remove(2);
		ItemView live = ItemDigest.of("art-1", withoutTheEmbargo, "publish");

		assertThat(ItemDigest.follows(live, List.of(embargo))).isFalse();
		assertThat(live.state()).isEqualTo(ItemState.LIVE);
	}

	private static LineageEvent step(int minute, long revision, String stage, LineageOutcome outcome, String headline) {
		return new LineageEvent("e-" + minute, "art-1", revision, stage + "-service", stage, outcome, null, headline,
				null, T0.plusSeconds(60L * minute), 0, null, "article", "wirtschaft", null);
	}

}
