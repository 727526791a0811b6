package org.newsroom.pipeline.support.kafka;

import java.util.concurrent.TimeoutException;

import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteConcernException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;

import org.newsroom.pipeline.contract.cloudevents.CloudEventFormatException;
import org.springframework.kafka.support.serializer.DeserializationException;
import tools.jackson.core.JacksonException;

/**
 * Sorts a processing failure into transient (retry without end), permanent (dead-letter
 * at once) or unknown (retry a few times, then dead-letter).
 */
public final class FailureClassifier {

	/** How a failure is handled. */
	public enum Kind {

		/** A dependency is down; retry until it is back. */
		TRANSIENT,

		/** The record itself is bad; dead-letter it. */
		PERMANENT,

		/** Neither known; retry a bounded number of times. */
		UNKNOWN

	}

	private FailureClassifier() {
	}

	/**
	 * Classifies a failure by the first known exception in its cause chain. A record the
	 * broker refuses as too large is permanent wherever it sits in the chain: a sender
	 * that reports a failed send as transient cannot know that the same record will be
	 * refused every time.
	 * @param failure what the listener threw
	 * @return the kind of failure
	 */
	public static Kind classify(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (isTooLarge(cause)) {
				return Kind.PERMANENT;
			}
		}
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (isPermanent(cause)) {
				return Kind.PERMANENT;
			}
			if (isTransient(cause)) {
				return Kind.TRANSIENT;
			}
		}
		return Kind.UNKNOWN;
	}

	/**
	 * The most useful message of a failure for an operator: the permanent cause's own.
	 * @param failure what the listener threw
	 * @return a readable reason
	 */
	public static String reason(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (isTooLarge(cause)) {
				return "record too large for the broker: " + cause.getMessage();
			}
		}
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			if (cause instanceof DeserializationException) {
				return "value cannot be read: "
						+ ((cause.getCause() != null) ? cause.getCause().getMessage() : cause.getMessage());
			}
			if (isPermanent(cause)) {
				return cause.getMessage();
			}
		}
		Throwable root = failure;
		while (next(root) != null) {
			root = next(root);
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

	private static boolean isTooLarge(Throwable cause) {
		return cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException;
	}

	private static boolean isPermanent(Throwable cause) {
		return cause instanceof PermanentFailureException || cause instanceof DeserializationException
				|| cause instanceof CloudEventFormatException || cause instanceof JacksonException;
	}

	private static boolean isTransient(Throwable cause) {
		return cause instanceof TransientFailureException || cause instanceof MongoSocketException
				|| cause instanceof MongoTimeoutException || cause instanceof MongoNotPrimaryException
				|| cause instanceof MongoNodeIsRecoveringException || cause instanceof MongoWriteConcernException
				|| cause instanceof MongoExecutionTimeoutException || cause instanceof RetriableException
				|| cause instanceof TimeoutException;
	}

	private static Throwable next(Throwable cause) {
		return (cause.getCause() != cause) ? cause.getCause() : null;
	}

}
