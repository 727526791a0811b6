package org.newsroom.pipeline.ingest.store;

/**
 * What a conditional write did with one event.
 */
public enum WriteOutcome {

	/** The event's revision was newer and is now stored. */
	STORED,

	/** The stored revision is as new or newer; nothing changed. */
	NOT_NEWER

}
