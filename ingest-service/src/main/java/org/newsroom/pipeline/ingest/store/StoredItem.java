package org.newsroom.pipeline.ingest.store;

import java.util.List;

/**
 * The stored state of an item that decides whether an event is new.
 *
 * @param contentId the item
 * @param revision the stored revision
 * @param emittedRevision the newest revision announced downstream
 * @param eventIds the CloudEvent ids recently stored for it
 */
public record StoredItem(String contentId, long revision, long emittedRevision, List<String> eventIds) {

	/**
	 * Whether the stored revision was stored but never announced, as after a crash
	 * between the write and the send.
	 * @return {@code true} when it must still be sent
	 */
	public boolean unannounced() {
		return this.emittedRevision < this.revision;
	}

}
