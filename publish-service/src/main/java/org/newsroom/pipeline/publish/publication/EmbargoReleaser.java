package org.newsroom.pipeline.publish.publication;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.newsroom.pipeline.contract.lineage.LineageOutcome;
import org.newsroom.pipeline.contract.lineage.PublicationDetail;
import org.newsroom.pipeline.publish.webhook.WebhookEvent;
import org.newsroom.pipeline.support.lineage.LineageStep;
import org.newsroom.pipeline.support.stage.Decision;
import org.newsroom.pipeline.support.stage.StageEngine;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Releases items whose embargo ended: each is claimed by one conditional update, so with
 * several instances every item goes live exactly once; it also finishes announcements an
 * instance claimed and did not complete, such as after a crash.
 */
@Component
class EmbargoReleaser implements SchedulingConfigurer {

	private static final Logger logger = LoggerFactory.getLogger(EmbargoReleaser.class);

	private final PublicationStore store;

	private final PublicationStage stage;

	private final StageEngine engine;

	private final EmbargoProperties properties;

	private final EmbargoSchedule schedule;

	private final Clock clock;

	EmbargoReleaser(PublicationStore store, PublicationStage stage, StageEngine engine, EmbargoProperties properties,
			EmbargoSchedule schedule, Clock clock) {
		this.store = store;
		this.stage = stage;
		this.engine = engine;
		this.properties = properties;
		this.schedule = schedule;
		this.clock = clock;
	}

	/**
	 * Looks for due embargoes every {@code release-interval}, and for stuck announcements
	 * every {@code resume-interval}.
	 */
	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this::release, this.properties.releaseInterval());
		registrar.addFixedDelayTask(this::resume, this.properties.resumeInterval());
	}

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
	 * Releases every item whose embargo has ended, all in one claim and one transaction,
	 * so a burst of items under one embargo goes out together.
	 * @return the ids this instance released
	 */
	List<String> releaseDue() {
		List<Publication> due = this.store.claimDueEmbargoes(this.clock.instant());
		announce(due, PublicationDetail.RELEASE, true);
		return due.stream().map(Publication::contentId).toList();
	}

	private void finishUnannounced() {
		Instant now = this.clock.instant();
		List<Publication> stuck = this.store.claimUnannounced(now.minus(this.properties.claimTimeout()), now);
		stuck.forEach((publication) -> logger.info("Finishing the announcement of {} revision {}",
				publication.contentId(), publication.revision()));
		announce(stuck, "resumed", false);
	}

	/**
	 * Announces claimed states in a transaction of their own, then marks them announced.
	 * A crash between the two leaves them unannounced, and the resume sweep announces
	 * them again under the same ids. A release names the embargo's end in its lineage,
	 * for the console's release delay.
	 */
	private void announce(List<Publication> claimed, String note, boolean release) {
		if (claimed.isEmpty()) {
			return;
		}
		List<Publication> announcing = claimed.stream().map(EmbargoReleaser::announcing).toList();
		this.engine.announce(this.stage,
				announcing.stream()
					.map((publication) -> Decision.store(publication, step(publication, note, release)))
					.toList());
		announcing.forEach(this.store::markAnnounced);
	}

	private static LineageStep step(Publication publication, String note, boolean release) {
		LineageStep step = Announcements.step(publication, outcome(publication), note);
		return (release && publication.embargoed() != null) ? step.withEmbargoEnd(publication.embargoed()) : step;
	}

	private static Publication announcing(Publication claimed) {
		WebhookEvent event = claimed.withdrawn() ? ((claimed.liveRevision() != null) ? WebhookEvent.WITHDRAWN : null)
				: (claimed.liveRevision() == null) ? WebhookEvent.PUBLISHED : WebhookEvent.UPDATED;
		return new Publication(claimed.contentId(), claimed.revision(), claimed.enrichmentVersion(),
				claimed.withdrawn(), claimed.reason(), claimed.takedown(), claimed.item(), claimed.kind(),
				claimed.cmsEvent(), claimed.embargoed(), claimed.released(), false, claimed.liveRevision(), event,
				claimed.writtenAt(), claimed.writes());
	}

	private static LineageOutcome outcome(Publication publication) {
		if (publication.withdrawn()) {
			return LineageOutcome.WITHDRAWN;
		}
		return (publication.announcement() == WebhookEvent.PUBLISHED) ? LineageOutcome.PUBLISHED
				: LineageOutcome.UPDATED;
	}

}
