package org.newsroom.pipeline.publish.publication;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmbargoScheduleTests {

	private static final Instant START = Instant.parse("2026-11-25T20:00:00Z");

	private final EmbargoSchedule schedule = new EmbargoSchedule(new EmbargoProperties(Duration.ofMillis(500),
			Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofSeconds(30)));

	@Test
	void asksTheStoreRightAfterAStartForEmbargoesItDoesNotKnowOf() {
		assertThat(this.schedule.due(START)).isTrue();
	}

	@Test
	void leavesTheStoreAloneBetweenSweepsWhileNoKnownEmbargoEnds() {
		this.schedule.swept(START, Optional.empty());

		assertThat(this.schedule.due(START.plusSeconds(1))).isFalse();
		assertThat(this.schedule.due(START.plusSeconds(29))).isFalse();
		assertThat(this.schedule.due(START.plusSeconds(30))).isTrue();
	}

	@Test
	void asksAsSoonAsAnEmbargoThisInstanceStoredHasEnded() {
		this.schedule.swept(START, Optional.empty());
		this.schedule.expect(START.plusSeconds(4));

		assertThat(this.schedule.due(START.plusMillis(3999))).isFalse();
		assertThat(this.schedule.due(START.plusSeconds(4))).isTrue();

		this.schedule.swept(START.plusSeconds(4), Optional.empty());
		assertThat(this.schedule.due(START.plusSeconds(5))).isFalse();
	}

	@Test
	void learnsTheNextEmbargoAnotherInstanceStoredFromASweep() {
		this.schedule.swept(START, Optional.of(START.plusSeconds(10)));

		assertThat(this.schedule.due(START.plusSeconds(9))).isFalse();
		assertThat(this.schedule.due(START.plusSeconds(10))).isTrue();
	}

	@Test
	void keepsAnEmbargoThatEndsAfterAFailedSweep() {
		this.schedule.swept(START, Optional.empty());
		this.schedule.expect(START.plusSeconds(2));

		assertThat(this.schedule.due(START.plusSeconds(3))).isTrue();
		assertThat(this.schedule.due(START.plusSeconds(3))).isTrue();
	}

}
