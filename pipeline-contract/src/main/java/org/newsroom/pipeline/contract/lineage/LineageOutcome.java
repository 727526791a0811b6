package org.newsroom.pipeline.contract.lineage;

/**
 * What a stage did with a record.
 */
public enum LineageOutcome {

	/** Validated and stored as the newest revision. */
	ACCEPTED,

	/** A revision not newer than the stored one; nothing changed. */
	STALE,

	/** A redelivered event id; nothing changed. */
	DUPLICATE,

	/** Invalid; sent to a dead-letter topic with the reason. */
	REJECTED,

	/** Metadata added. */
	ENRICHED,

	/** Live on the channels for the first time. */
	PUBLISHED,

	/** A newer revision replaced the live one. */
	UPDATED,

	/** Removed from every channel. */
	WITHDRAWN,

	/** Stored, held back until its embargo ends. */
	EMBARGOED,

	/** A webhook or other channel delivery succeeded. */
	DELIVERED,

	/** A channel delivery failed for good. */
	DELIVERY_FAILED,

	/**
	 * A queued or retrying delivery that a newer event of the same item replaced (such as
	 * a kill): it is never sent.
	 */
	SUPERSEDED,

	/** Processing failed; see the detail. */
	FAILED,

	/** An operator replayed a dead letter. */
	REPLAYED

}
