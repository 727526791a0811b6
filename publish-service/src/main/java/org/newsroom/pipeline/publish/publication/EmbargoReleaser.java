package org.newsroom.pipeline.publish.publication;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Releases items whose embargo ended: each is claimed by one conditional update, so with
 * several instances every item goes live exactly once; it also finishes announcements an
 * instance claimed and did not complete, such as after a crash.
 */
@Component
class EmbargoReleaser {

	private static final Logger logger = LoggerFactory.getLogger(EmbargoReleaser.class);

	private final PublicationStore store;

	private final Announcer announcer;

	private final EmbargoProperties properties;

	private final EmbargoSchedule schedule;

	private final Clock clock;

	EmbargoReleaser(PublicationStore store, Announcer announcer, EmbargoProperties properties, EmbargoSchedule schedule,
			Clock clock) {
		this.store = store;
		this.announcer = announcer;
		this.properties = properties;
		this.schedule = schedule;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${publish.embargo.release-interval:500ms}")
	void release() {
		Instant now = this.clock.instant();
		if (this.schedule.due(now)) {
			guarded("Embargo release", () -> {
				releaseDue();
				this.schedule.swept(now, this.store.nextEmbargo(now));
			});
		}
	}

	/**
	 * Looks for stuck announcements less often than for due embargoes: a claim only
	 * counts as stuck after {@code claim-timeout}, and each look is a query over
	 * publications that no index of an embedded store answers.
	 */
	@Scheduled(fixedDelayString = "${publish.embargo.resume-interval:30s}")
	void resume() {
		guarded("Resuming announcements", this::finishUnannounced);
	}

	private static void guarded(String what, Runnable work) {
		try {
			work.run();
		}
		catch (RuntimeException ex) {
			// store or broker down: the claims stay, the next run or another instance
			// finishes them
			logger.warn("{} failed: {}", what, ex.toString());
		}
	}

	/**
	 * Releases every item whose embargo has ended.
	 * @return the ids this instance released
	 */
	List<String> releaseDue() {
		List<String> released = new ArrayList<>();
		Publication due;
		while ((due = this.store.claimDueEmbargo(this.clock.instant())) != null) {
			released.add(due.contentId());
			this.announcer.announce(due, "embargo ended");
		}
		return released;
	}

	private void finishUnannounced() {
		Instant now = this.clock.instant();
		Publication stuck;
		while ((stuck = this.store.claimUnannounced(now.minus(this.properties.claimTimeout()), now)) != null) {
			logger.info("Finishing the announcement of {} revision {}", stuck.contentId(), stuck.revision());
			this.announcer.announce(stuck, "resumed");
		}
	}

}
