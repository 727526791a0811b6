package org.newsroom.pipeline.console.deadletter;

import java.time.Instant;

/**
 * One replay of a dead letter: who asked, when, where it went and how it ended.
 *
 * @param id the replay's id
 * @param deadLetterId the dead letter replayed
 * @param topic the topic it was sent back to, or {@code null} when unknown
 * @param contentId the record key
 * @param requestedBy the operator's login
 * @param requestedAt when it was asked for
 * @param status {@code SENT} or {@code FAILED}
 * @param error why it failed, or {@code null}
 */
record Replay(String id, String deadLetterId, String topic, String contentId, String requestedBy, Instant requestedAt,
		ReplayStatus status, String error) {

	/** How a replay ended. */
	public enum ReplayStatus {

		/** The broker acknowledged the record on the original topic. */
		SENT,

		/** The record could not be sent back; see the error. */
		FAILED

	}

}
