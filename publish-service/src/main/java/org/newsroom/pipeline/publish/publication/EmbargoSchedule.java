package org.newsroom.pipeline.publish.publication;

import java.time.Duration;
import java.time.Instant;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListSet;

import org.springframework.stereotype.Component;

/**
 * When to ask the store for due embargoes: as soon as an embargo time this instance knows
 * of has passed, and at least every {@code publish.embargo.sweep-interval} for the ones
 * it does not know of (stored by another instance, or before a restart).
 *
 * <p>
 * The question is a query over all publications; asked twice a second it kept the
 * embedded store's collection busy, although embargoes are rare and their times known
 * when they are stored.
 */
@Component
class EmbargoSchedule {

	private final NavigableSet<Instant> expected = new ConcurrentSkipListSet<>();

	private final Duration sweepInterval;

	private volatile Instant lastSweep = Instant.MIN;

	EmbargoSchedule(EmbargoProperties properties) {
		this.sweepInterval = properties.sweepInterval();
	}

	/**
	 * Notes the end of an embargo this instance stored.
	 * @param end when the item may go live
	 */
	void expect(Instant end) {
		this.expected.add(end);
	}

	/**
	 * Whether the store should be asked now.
	 * @param now the current time
	 * @return {@code true} when a known embargo ended or the sweep interval passed
	 */
	boolean due(Instant now) {
		boolean ended = !this.expected.isEmpty() && !this.expected.first().isAfter(now);
		return ended || !now.isBefore(this.lastSweep.plus(this.sweepInterval));
	}

	/**
	 * Notes that every item due at {@code now} was released.
	 * @param now when the store was asked
	 * @param next the earliest embargo still in the store, if any
	 */
	void swept(Instant now, Optional<Instant> next) {
		this.expected.headSet(now, true).clear();
		next.ifPresent(this.expected::add);
		this.lastSweep = now;
	}

}
