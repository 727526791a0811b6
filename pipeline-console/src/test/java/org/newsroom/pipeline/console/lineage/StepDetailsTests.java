package org.newsroom.pipeline.console.lineage;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.contract.lineage.LineageEvent;
import org.newsroom.pipeline.contract.lineage.LineageOutcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the console reads from publish's steps about an embargo: the steps' own field, and
 * the detail text of steps recorded before publish sent it.
 */
class StepDetailsTests {

	private static final Instant END = Instant.parse("2026-12-01T12:00:00Z");

	@Test
	void takesTheEmbargoEndAndTheReleaseFromTheStepsField() {
		LineageEvent held = step(LineageOutcome.EMBARGOED, "no notice kind=article", END);
		LineageEvent released = step(LineageOutcome.PUBLISHED, "published kind=article", END);
		assertThat(StepDetails.embargoEnd(held)).isEqualTo(END);
		assertThat(StepDetails.isRelease(released)).isTrue();
	}

	@Test
	void readsOlderStepsFromTheirDetail() {
		LineageEvent held = step(LineageOutcome.EMBARGOED, "no notice, until " + END + " kind=article", null);
		LineageEvent released = step(LineageOutcome.PUBLISHED, "published, embargo ended kind=article", null);
		assertThat(StepDetails.embargoEnd(held)).isEqualTo(END);
		assertThat(StepDetails.isRelease(released)).isTrue();
		assertThat(StepDetails.kind(held.detail())).isEqualTo("article");
	}

	@Test
	void tellsNewsFromAReleaseAndANonsenseEndFromNone() {
		assertThat(StepDetails.isRelease(step(LineageOutcome.PUBLISHED, "published kind=article", null))).isFalse();
		assertThat(StepDetails.embargoEnd(step(LineageOutcome.EMBARGOED, "until tomorrow", null))).isNull();
	}

	private static LineageEvent step(LineageOutcome outcome, String detail, Instant embargoEnd) {
		return new LineageEvent("id", "item", 1, "publish", "publish", outcome, detail, null, null, END, 0, null, null,
				null, embargoEnd);
	}

}
