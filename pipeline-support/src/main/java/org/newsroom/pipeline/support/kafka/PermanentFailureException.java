package org.newsroom.pipeline.support.kafka;

/**
 * A record can never be processed as it is: it goes to the dead-letter topic at once,
 * with this message as the reason.
 */
public class PermanentFailureException extends RuntimeException {

	public PermanentFailureException(String reason) {
		super(reason);
	}

	public PermanentFailureException(String reason, Throwable cause) {
		super(reason, cause);
	}

}
