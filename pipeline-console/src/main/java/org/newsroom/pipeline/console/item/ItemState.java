package org.newsroom.pipeline.console.item;

/**
 * Where an item stands after its latest step that changes anything.
 */
enum ItemState {

	/** Published or updated, and on the channels. */
	LIVE,

	/** Stored by publish, held back until its embargo ends. */
	EMBARGOED,

	/** Removed from every channel. */
	WITHDRAWN,

	/** The latest step was rejected, dead-lettered or a delivery that failed for good. */
	FAILED,

	/** Accepted and on its way; stuck once it makes no progress for a while. */
	IN_PROGRESS,

	/**
	 * In progress, but without progress for longer than
	 * {@code console.items.stuck-after}.
	 */
	STUCK

}
