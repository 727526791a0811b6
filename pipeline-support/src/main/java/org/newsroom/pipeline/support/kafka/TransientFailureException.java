package org.newsroom.pipeline.support.kafka;

/**
 * A dependency is unavailable for now: the record is retried with back-off and never
 * skipped.
 */
public class TransientFailureException extends RuntimeException {

	public TransientFailureException(String message, Throwable cause) {
		super(message, cause);
	}

}
