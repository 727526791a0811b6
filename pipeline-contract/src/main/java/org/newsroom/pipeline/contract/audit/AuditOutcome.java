package org.newsroom.pipeline.contract.audit;

/**
 * How an operator action ended.
 */
public enum AuditOutcome {

	/** The console sent the command; the service that carries it out records the rest. */
	REQUESTED,

	/** A long action, such as a backfill, began. */
	STARTED,
	/**
	 * A long action's progress so far, in the record's {@code progress}; the console
	 * shows the newest and does not keep these in the audit trail.
	 */
	PROGRESS,

	/** Done as asked. */
	DONE,

	/** Nothing matched: an unknown id, or a command already carried out. */
	NOTHING_TO_DO,

	/** Tried and failed; the detail says why. */
	FAILED,

	/** Refused: wrong credentials, or a request the service will not carry out. */
	DENIED

}
