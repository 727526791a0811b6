package org.newsroom.pipeline.publish.publication;

import java.time.Instant;

import org.newsroom.pipeline.contract.cms.ContentKind;
import org.newsroom.pipeline.contract.events.CmsEventRef;
import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.publish.webhook.WebhookEvent;

/**
 * The stored publication state of one item, as read from MongoDB.
 *
 * @param contentId the item
 * @param revision the newest revision seen, of an item or a withdrawal
 * @param enrichmentVersion the enrichment of that revision
 * @param withdrawn whether the newest revision is a withdrawal
 * @param reason why it was withdrawn
 * @param takedown whether the withdrawal is a takedown, which no subscriber is told of
 * and after which the content API knows the item no more
 * @param item the newest item, {@code null} for a withdrawal of an unknown item
 * @param kind article or episode
 * @param cmsEvent the CMS event of the newest revision
 * @param embargoed the embargo of the newest item, or {@code null}
 * @param released whether the embargo, if any, has ended
 * @param announced whether the channels were told about the newest revision; only an
 * embargo release, which happens outside a Kafka transaction, leaves it {@code false}
 * until its announcement is done
 * @param liveRevision the last revision the channels were told about as live, or
 * {@code null} if the item never went live
 * @param announcement what the write of this state told subscribers, {@code null} when it
 * told them nothing (an embargo, a metadata refresh)
 * @param writtenAt the position of the record that wrote this state
 * @param writes how often the document was written
 */
record Publication(String contentId, long revision, long enrichmentVersion, boolean withdrawn, String reason,
		boolean takedown, ContentItem item, ContentKind kind, CmsEventRef cmsEvent, Instant embargoed, boolean released,
		boolean announced, Long liveRevision, WebhookEvent announcement, String writtenAt, long writes) {

	/**
	 * The last part of the ids of this state's announcement: the webhook delivery and the
	 * outbound event are {@code contentId:revision:<this>}.
	 * @return such as {@code published}, or {@code refreshed-v2} for new metadata of the
	 * live revision
	 */
	String announcementSuffix() {
		return (this.announcement == WebhookEvent.REFRESHED)
				? this.announcement.idSuffix() + "-v" + this.enrichmentVersion : this.announcement.idSuffix();
	}

	/** Whether feeds, the podcast feed and the content API show the item. */
	boolean live() {
		return this.released && !this.withdrawn && this.item != null;
	}

	String headline() {
		return (this.item != null) ? this.item.headline() : null;
	}

	Instant cmsTime() {
		return (this.cmsEvent != null) ? this.cmsEvent.time() : null;
	}

	/** The item as channels and the API serve it, with the pubstatus of its state. */
	ContentItem servedItem() {
		return (this.item != null) ? Items.withPubstatus(this.item, pubstatus()) : null;
	}

	String pubstatus() {
		if (this.withdrawn) {
			return "canceled";
		}
		return this.released ? "usable" : "withheld";
	}

}
