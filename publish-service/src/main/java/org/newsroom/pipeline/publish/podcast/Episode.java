package org.newsroom.pipeline.publish.podcast;

import java.time.Instant;

import org.newsroom.pipeline.contract.events.ContentItem.Rendition;
import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.publish.syndication.ItemLinks;
import org.newsroom.pipeline.publish.syndication.XmlText;

/**
 * An item as a podcast episode: the item and its audio rendition.
 *
 * @param item the item
 * @param audio its first audio rendition
 */
record Episode(ContentItem item, Rendition audio) {

	/**
	 * The episode of an item.
	 * @param item any item
	 * @return the episode, or {@code null} if the item has no audio to play
	 */
	static Episode of(ContentItem item) {
		if (item.renditions() == null) {
			return null;
		}
		return item.renditions()
			.stream()
			.filter((rendition) -> rendition != null && rendition.href() != null && rendition.contenttype() != null
					&& rendition.contenttype().startsWith("audio/"))
			.findFirst()
			.map((audio) -> new Episode(item, audio))
			.orElse(null);
	}

	Instant published() {
		return ItemLinks.published(this.item);
	}

	/** Playing time in seconds, from the rendition, else from the listening time. */
	Long durationSeconds() {
		if (this.audio.duration() > 0) {
			return this.audio.duration();
		}
		return (this.item.readtime() != null && this.item.readtime() > 0) ? Long.valueOf(this.item.readtime()) : null;
	}

	String summary() {
		String description = XmlText.cleanOrNull(this.item.description());
		return (description != null) ? description : XmlText.cleanOrNull(this.item.bodyText());
	}

}
