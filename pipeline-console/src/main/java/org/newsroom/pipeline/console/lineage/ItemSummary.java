package org.newsroom.pipeline.console.lineage;

import java.time.Instant;

import org.newsroom.pipeline.contract.lineage.LineageEvent;
import org.newsroom.pipeline.contract.lineage.LineageOutcome;

/**
 * One item in search results: its latest step.
 *
 * @param contentId the item
 * @param headline its latest known headline
 * @param revision the revision of the latest step
 * @param service the service of the latest step
 * @param outcome the outcome of the latest step
 * @param at when the latest step finished
 */
public record ItemSummary(String contentId, String headline, long revision, String service, LineageOutcome outcome,
		Instant at) {

	static ItemSummary of(LineageEvent event) {
		return new ItemSummary(event.contentId(), event.headline(), event.revision(), event.service(), event.outcome(),
				event.at());
	}

	// The latest step may carry no headline; an older one of the same item does.
	ItemSummary withHeadlineFrom(ItemSummary older) {
		return (this.headline != null) ? this
				: new ItemSummary(this.contentId, older.headline(), this.revision, this.service, this.outcome, this.at);
	}

}
