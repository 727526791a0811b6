package org.newsroom.pipeline.contract.lineage;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One step of an item through the pipeline, as the console shows it on the item's
 * timeline.
 *
 * @param id unique id of this record
 * @param contentId the item, or {@code null} when a record had no readable id
 * @param revision the revision, or 0 when unknown
 * @param service the service that acted: ingest, enrich, publish
 * @param stage the step inside it, such as {@code ingest} or {@code webhook}
 * @param outcome what happened
 * @param detail a reason or note for operators
 * @param headline the item's headline, for search
 * @param cmsTime when the CMS emitted the event, for end-to-end latency
 * @param at when the step finished
 * @param durationMicros how long the step took, or 0 when it was not measured
 * @param traceId the trace the record travelled under
 * @param kind {@code article} or {@code episode}, where the step knew it
 * @param section the item's newsroom section, where the step knew it
 * @param embargoEnd the end of the item's embargo: on publish's {@code EMBARGOED} step
 * the end it waits for, on the {@code PUBLISHED} step of a release the end it was
 * released after; absent otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LineageEvent(String id, String contentId, long revision, String service, String stage,
		LineageOutcome outcome, String detail, String headline, Instant cmsTime, Instant at, long durationMicros,
		String traceId, String kind, String section, Instant embargoEnd) {
}
