package org.newsroom.pipeline.ingest.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.newsroom.pipeline.contract.cms.CmsContent;
import org.newsroom.pipeline.contract.events.CmsEventRef;

/**
 * The stored state of one item: its newest revision, as an item or a withdrawal, with
 * what it takes to announce it again.
 *
 * @param contentId the item
 * @param revision the stored revision
 * @param withdrawn whether that revision is a withdrawal
 * @param content the CMS payload of that revision (for a withdrawal, its reason)
 * @param ref the CMS event of that revision
 * @param raw the CMS value exactly as received, kept for audit; {@code null} when loaded
 * @param eventIds the CloudEvent ids recently stored for the item, newest last
 * @param writtenAt the position of the record that wrote this state
 * @param writes how often the document was written
 */
public record StoredItem(String contentId, long revision, boolean withdrawn, CmsContent content, CmsEventRef ref,
		String raw, List<String> eventIds, String writtenAt, long writes) {

	public StoredItem {
		eventIds = List.copyOf(eventIds);
	}

	/**
	 * The state after a newer revision was accepted.
	 * @param content the new payload
	 * @param ref its CMS event
	 * @param raw the value as received
	 * @param withdrawal whether it is a withdrawal
	 * @param position the record's position
	 * @param keepEventIds how many recent event ids to keep
	 * @return the new state
	 */
	public StoredItem next(CmsContent content, CmsEventRef ref, String raw, boolean withdrawal, String position,
			int keepEventIds) {
		List<String> ids = new ArrayList<>(this.eventIds);
		ids.add(ref.id());
		List<String> recent = ids.subList(Math.max(0, ids.size() - keepEventIds), ids.size());
		return new StoredItem(this.contentId, content.revision(), withdrawal, content, ref, raw, recent, position,
				this.writes);
	}

	/**
	 * Why a withdrawal cannot take effect: it withdraws a revision older than the stored
	 * one, so the stored revision would stay live. A withdrawal of the stored revision or
	 * a newer one always takes effect.
	 * @param revision the withdrawal's revision
	 * @return the reason, or empty when it takes effect
	 */
	public Optional<String> refusesWithdrawal(long revision) {
		if (revision >= this.revision) {
			return Optional.empty();
		}
		return Optional.of("a withdrawal of revision " + revision + " cannot take effect: revision " + this.revision
				+ " of " + this.contentId + " is stored; withdraw revision " + this.revision + " or newer");
	}

	/**
	 * The state of an item never stored.
	 * @param contentId the item
	 * @return an empty state at revision 0
	 */
	public static StoredItem none(String contentId) {
		return new StoredItem(contentId, 0, false, null, null, null, List.of(), null, 0);
	}

}
