package org.newsroom.pipeline.support.lineage;

import java.time.Instant;

import org.newsroom.pipeline.contract.lineage.LineageOutcome;

/**
 * What a service did with one record, before it becomes a lineage event.
 *
 * @param contentId the item, or {@code null} when the record had no readable id
 * @param revision the revision, or 0
 * @param stage the step, such as {@code ingest} or {@code webhook}
 * @param outcome what happened
 * @param detail reason or note for operators
 * @param headline the item's headline, for search
 * @param cmsTime when the CMS emitted the event
 * @param durationMicros how long the step took
 */
public record LineageStep(String contentId, long revision, String stage, LineageOutcome outcome, String detail,
		String headline, Instant cmsTime, long durationMicros) {

	/**
	 * A step with only the essentials.
	 * @param contentId the item
	 * @param revision the revision
	 * @param stage the step
	 * @param outcome what happened
	 * @return the step
	 */
	public static LineageStep of(String contentId, long revision, String stage, LineageOutcome outcome) {
		return new LineageStep(contentId, revision, stage, outcome, null, null, null, 0);
	}

	/**
	 * This step with a detail.
	 * @param text reason or note
	 * @return a copy
	 */
	public LineageStep withDetail(String text) {
		return new LineageStep(this.contentId, this.revision, this.stage, this.outcome, text, this.headline,
				this.cmsTime, this.durationMicros);
	}

	/**
	 * This step with the item's headline and CMS time.
	 * @param title the headline
	 * @param time the CMS event time
	 * @return a copy
	 */
	public LineageStep withItem(String title, Instant time) {
		return new LineageStep(this.contentId, this.revision, this.stage, this.outcome, this.detail, title, time,
				this.durationMicros);
	}

	/**
	 * This step with its duration.
	 * @param micros how long it took
	 * @return a copy
	 */
	public LineageStep withDuration(long micros) {
		return new LineageStep(this.contentId, this.revision, this.stage, this.outcome, this.detail, this.headline,
				this.cmsTime, micros);
	}

}
