package org.newsroom.pipeline.console.backfill;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One backfill as the console last heard of it.
 *
 * @param commandId the operator command that asked for it
 * @param requestedBy the operator
 * @param requestedAt when the console sent the command, or {@code null} if the command
 * came from elsewhere
 * @param state how far it is
 * @param total the live items when it started
 * @param done the items done so far, the failed ones included
 * @param failed the items it could not re-enrich
 * @param startedAt when enrich began it, or {@code null} while it waits
 * @param updatedAt when enrich last reported on it
 * @param finishedAt when it ended, or {@code null}
 * @param detail enrich's last note on it
 */
record BackfillStatus(String commandId, String requestedBy, Instant requestedAt, State state, long total, long done,
		long failed, Instant startedAt, Instant updatedAt, Instant finishedAt, String detail) {

	/**
	 * How far a backfill is.
	 */
	public enum State {

		/** The console sent the command; enrich has not begun it. */
		REQUESTED,
		/** Enrich is re-enriching items. */
		RUNNING,
		/** Every item re-enriched. */
		DONE,
		/** It ended with some items not re-enriched. */
		FAILED

	}

	/**
	 * The share done, 0 to 100; items added while it runs may make {@code done} pass the
	 * total, which still reads 100.
	 * @return the percentage, rounded down
	 */
	@JsonProperty
	public int percent() {
		if (this.state == State.DONE || this.state == State.FAILED) {
			return 100;
		}
		return (this.total > 0) ? (int) Math.min(100, this.done * 100 / this.total) : 0;
	}

	/**
	 * Items done per second since it started.
	 * @return the rate, or 0 before the first page
	 */
	@JsonProperty
	public double ratePerSecond() {
		Instant until = (this.finishedAt != null) ? this.finishedAt : this.updatedAt;
		if (this.startedAt == null || until == null || this.done == 0) {
			return 0;
		}
		long millis = Math.max(1, Duration.between(this.startedAt, until).toMillis());
		return this.done * 1000.0 / millis;
	}

	/**
	 * How long the rest will take at the rate so far.
	 * @return seconds to go, or {@code null} when it is not running or has no rate yet
	 */
	@JsonProperty
	public Long etaSeconds() {
		double rate = ratePerSecond();
		if (this.state != State.RUNNING || rate <= 0) {
			return null;
		}
		return (long) Math.ceil(Math.max(0, this.total - this.done) / rate);
	}

}
