package org.newsroom.pipeline.contract.events;

import java.time.Instant;

/**
 * Which CMS event an item came from; kept through every stage for lineage and for
 * end-to-end latency.
 *
 * @param id the CloudEvent id the CMS gave
 * @param source the CloudEvent source
 * @param type the CMS event type
 * @param time when the CMS emitted it
 */
public record CmsEventRef(String id, String source, String type, Instant time) {
}
