package org.newsroom.pipeline.support.stage;

import java.time.Instant;

/**
 * One event a stage sends when it announces a state, as a CloudEvent in Kafka binary mode
 * keyed by content id.
 *
 * @param topic the topic
 * @param key the content id
 * @param id the deterministic event id ({@code contentId:revision:stage})
 * @param type the CloudEvents type
 * @param time when it happened
 * @param payload the value, serialized as JSON
 */
public record Emission(String topic, String key, String id, String type, Instant time, Object payload) {
}
