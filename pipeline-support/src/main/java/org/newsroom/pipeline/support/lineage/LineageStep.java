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
 * @param durationMicros how long the step took, or 0 when not measured
 * @param kind {@code article} or {@code episode}, or {@code null} when unknown
 * @param section the item's section, or {@code null} when unknown
 * @param embargoEnd the end of the item's embargo, on a step that holds it back or
 * releases it; {@code null} otherwise
 */
public record LineageStep(String contentId, long revision, String stage, LineageOutcome outcome, String detail,
		String headline, Instant cmsTime, long durationMicros, String kind, String section, Instant embargoEnd) {

	/**
	 * A step with only the essentials.
	 * @param contentId the item
	 * @param revision the revision
	 * @param stage the step
	 * @param outcome what happened
	 * @return the step
	 */
	public static LineageStep of(String contentId, long revision, String stage, LineageOutcome outcome) {
		return new LineageStep(contentId, revision, stage, outcome, null, null, null, 0, null, null, null);
	}

	/**
	 * This step with a detail.
	 * @param text reason or note
	 * @return a copy
	 */
	public LineageStep withDetail(String text) {
		return new LineageStep(this.contentId, this.revision, this.stage, this.outcome, text, this.headline,
				this.cmsTime, this.durationMicros, this.kind, this.section, this.embargoEnd);
	}

	/**
	 * This step with the item's headline and CMS time.
	 * @param title the headline
	 * @param time the CMS event time
	 * @return a copy
	 */
	public LineageStep withItem(String title, Instant time) {
		return new LineageStep(this.contentId, this.revision, this.stage, this.outcome, this.detail, title, time,
				this.durationMicros, this.kind, this.section, this.embargoEnd);
	}

	/**
	 * This step with its duration.
	 * @param micros how long it took
	 * @return a copy
	 */
	public LineageStep withDuration(long micros) {
		return new LineageStep(this.contentId, this.revision, this.stage, this.outcome, this.detail, this.headline,
				this.cmsTime, micros, this.kind, this.section, this.embargoEnd);
	}

	/**
	 * This step with a duration, unless it measured its own: a stage that times its own
	 * work (enrichment, a webhook attempt) knows better than the engine around it.
	 * @param micros how long the engine spent on the record
	 * @return this step, or a copy with the duration
	 */
	public LineageStep withDurationUnlessMeasured(long micros) {
		return (this.durationMicros > 0) ? this : withDuration(micros);
	}

	/**
	 * This step with the item's kind and section, for the console's item list.
	 * @param itemKind {@code article} or {@code episode}
	 * @param itemSection the newsroom section
	 * @return a copy
	 */
	public LineageStep withPlacement(String itemKind, String itemSection) {
		return new LineageStep(this.contentId, this.revision, this.stage, this.outcome, this.detail, this.headline,
				this.cmsTime, this.durationMicros, itemKind, itemSection, this.embargoEnd);
	}

	/**
	 * This step with the end of the item's embargo, for a step that holds the item back
	 * until then or releases it after.
	 * @param end the embargo's end
	 * @return a copy
	 */
	public LineageStep withEmbargoEnd(Instant end) {
		return new LineageStep(this.contentId, this.revision, this.stage, this.outcome, this.detail, this.headline,
				this.cmsTime, this.durationMicros, this.kind, this.section, end);
	}

}
