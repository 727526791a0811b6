package org.newsroom.pipeline.console.deadletter;

import java.time.Instant;

/**
 * Which dead letters a page shows or a replay of all takes; every part is optional.
 *
 * @param topic the dead-letter topic or the original topic, exactly
 * @param consumerGroup the consumer group that gave up, exactly
 * @param reason part of the reason, case-insensitive
 * @param key the record key (the content id), exactly
 * @param from failed at or after this time
 * @param to failed before this time
 */
record DeadLetterFilter(String topic, String consumerGroup, String reason, String key, Instant from, Instant to) {

	/** No filter: every dead letter. */
	public static final DeadLetterFilter ALL = new DeadLetterFilter(null, null, null, null, null, null);

}
