package org.newsroom.pipeline.ingest.intake;

import org.newsroom.pipeline.contract.lineage.LineageOutcome;
import org.newsroom.pipeline.ingest.store.StoredItem;
import org.newsroom.pipeline.ingest.store.WriteOutcome;
import org.newsroom.pipeline.ingest.validation.CmsEvent;

/**
 * What ingest decided for one accepted event, and whether it is announced downstream.
 *
 * @param event the event
 * @param lineage the outcome recorded in lineage
 * @param announce whether a stage event is sent for it
 */
record IngestOutcome(CmsEvent event, LineageOutcome lineage, boolean announce) {

	static IngestOutcome of(CmsEvent event, WriteOutcome write, StoredItem stored) {
		if (write == WriteOutcome.STORED) {
			return new IngestOutcome(event, LineageOutcome.ACCEPTED, true);
		}
		boolean sameEvent = stored != null && stored.eventIds().contains(event.event().id());
		boolean unannounced = stored != null && stored.revision() == event.content().revision() && stored.unannounced();
		return new IngestOutcome(event, sameEvent ? LineageOutcome.DUPLICATE : LineageOutcome.STALE, unannounced);
	}

	String detail(StoredItem stored) {
		return switch (this.lineage) {
			case ACCEPTED -> "stored revision " + this.event.content().revision();
			case DUPLICATE -> "event " + this.event.event().id() + " was already ingested"
					+ ((stored != null) ? "; stored revision is " + stored.revision() : "");
			default -> "revision " + this.event.content().revision() + " is not newer than the stored revision "
					+ ((stored != null) ? stored.revision() : "?");
		};
	}

}
