package org.newsroom.pipeline.console.deadletter;

import java.time.Instant;
import java.util.List;

/**
 * A dead letter as operators see it.
 *
 * @param id original topic, partition and offset, as {@code topic/partition/offset}
 * @param dltTopic the dead-letter topic it was read from
 * @param originalTopic the topic it failed on
 * @param originalPartition the partition it failed on
 * @param originalOffset the offset it failed at
 * @param consumerGroup the consumer group that gave up
 * @param key the record key as text
 * @param reason why it failed
 * @param exceptionClass the failure's exception class
 * @param service the service that gave up
 * @param failureKind permanent, transient or unknown
 * @param failedAt when it was dead-lettered
 * @param headers every header of the dead-letter record
 * @param preview the start of the payload
 * @param previewIsText whether the payload is UTF-8 text (hex otherwise)
 * @param truncated whether the preview is only the start of the payload
 * @param payloadBytes the payload size
 * @param replayable whether the console knows where to send it back
 * @param replayCount how often operators replayed it
 * @param lastReplayStatus the status of the latest replay, or {@code null}
 */
record DeadLetter(String id, String dltTopic, String originalTopic, long originalPartition, long originalOffset,
		String consumerGroup, String key, String reason, String exceptionClass, String service, String failureKind,
		Instant failedAt, List<HeaderView> headers, String preview, boolean previewIsText, boolean truncated,
		int payloadBytes, boolean replayable, int replayCount, String lastReplayStatus) {

	/**
	 * One header of a dead letter.
	 *
	 * @param name the header name
	 * @param value its value as text, number or hex
	 */
	public record HeaderView(String name, String value) {
	}

}
