package org.newsroom.pipeline.publish.publication;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.newsroom.pipeline.contract.events.ContentEnriched;
import org.newsroom.pipeline.contract.events.ContentWithdrawn;
import org.newsroom.pipeline.contract.lineage.LineageOutcome;
import org.newsroom.pipeline.support.metrics.StageMetrics;
import org.springframework.stereotype.Service;

/**
 * Applies enriched items and withdrawals to the publication state and, where that changed
 * what channels show, announces it.
 */
@Service
class PublicationService {

	private static final Logger logger = LoggerFactory.getLogger(PublicationService.class);

	private final PublicationStore store;

	private final Announcer announcer;

	private final StageMetrics metrics;

	private final EmbargoSchedule embargoes;

	private final Clock clock;

	PublicationService(PublicationStore store, Announcer announcer, StageMetrics metrics, EmbargoSchedule embargoes,
			Clock clock) {
		this.store = store;
		this.announcer = announcer;
		this.metrics = metrics;
		this.embargoes = embargoes;
		this.clock = clock;
	}

	void enriched(ContentEnriched event) {
		Instant now = this.clock.instant();
		Instant embargo = event.item().embargoed();
		boolean embargoed = embargo != null && embargo.isAfter(now);
		Publication stored = this.store.storeNewer(event, !embargoed, now);
		if (stored != null) {
			if (embargoed) {
				this.embargoes.expect(embargo);
				this.announcer.await(this.announcer.record(stored, LineageOutcome.EMBARGOED, "until " + embargo));
			}
			else {
				this.announcer.announce(stored, null);
			}
		}
		else if (this.store.refresh(event)) {
			this.announcer.await(this.announcer.record(this.store.find(event.contentId()), LineageOutcome.UPDATED,
					"metadata refreshed, enrichmentVersion=" + event.enrichmentVersion()));
		}
		else {
			skipped(event.contentId(), event.revision(), event.enrichmentVersion(), false);
		}
		this.metrics.processing(Announcer.STAGE, Duration.between(now, this.clock.instant()));
	}

	void withdrawn(ContentWithdrawn event) {
		Instant now = this.clock.instant();
		if (this.store.withdraw(event, now)) {
			this.announcer.announce(this.store.find(event.contentId()), event.reason());
		}
		else {
			skipped(event.contentId(), event.revision(), 0, true);
		}
		this.metrics.processing(Announcer.STAGE, Duration.between(now, this.clock.instant()));
	}

	/**
	 * A repeat of the stored revision is a duplicate, anything older stale; a repeat
	 * whose announcement was cut short finishes it.
	 */
	private void skipped(String contentId, long revision, long enrichmentVersion, boolean withdrawal) {
		Publication stored = this.store.find(contentId);
		boolean repeat = stored != null && stored.revision() == revision && stored.withdrawn() == withdrawal
				&& (withdrawal || stored.enrichmentVersion() == enrichmentVersion);
		if (repeat && !stored.announced() && (stored.released() || stored.withdrawn())) {
			logger.info("Finishing the announcement of {} revision {} after a redelivery", contentId, revision);
			this.announcer.announce(stored, "redelivered");
			return;
		}
		LineageOutcome outcome = repeat ? LineageOutcome.DUPLICATE : LineageOutcome.STALE;
		String detail = (stored != null) ? "stored revision " + stored.revision()
				+ (stored.withdrawn() ? " (withdrawn)" : "") + ", enrichmentVersion " + stored.enrichmentVersion()
				: "nothing stored";
		Publication subject = new Publication(contentId, revision, enrichmentVersion, withdrawal, null,
				(stored != null) ? stored.item() : null, null, (stored != null) ? stored.cmsEvent() : null, null, false,
				false, null);
		this.announcer.await(this.announcer.record(subject, outcome, detail));
	}

}
