package org.newsroom.pipeline.publish.syndication;

import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;

import org.newsroom.pipeline.contract.events.ContentItem;

/**
 * What every RSS document of the product says alike of an item, web feed and podcast: the
 * headline as title, the item's page as link, and its content id as a guid that is not a
 * permalink, so a reader keeps an item it has seen when its page moves.
 */
public final class RssItems {

	private RssItems() {
	}

	/**
	 * An RSS item with its title, link and guid.
	 * @param content the item
	 * @param links where items are on the site
	 * @return the item, for the channel to add its own elements to
	 */
	public static Item item(ContentItem content, ItemLinks links) {
		Item item = new Item();
		item.setTitle(XmlText.clean(content.headline()));
		item.setLink(XmlText.clean(links.link(content)));
		Guid guid = new Guid();
		guid.setPermaLink(false);
		guid.setValue(XmlText.clean(content.contentId()));
		item.setGuid(guid);
		return item;
	}

	/**
	 * A plain-text description.
	 * @param text the text, or {@code null}
	 * @return the description, or {@code null} when there is no text left to show
	 */
	public static Description plainText(String text) {
		String clean = XmlText.cleanOrNull(text);
		if (clean == null) {
			return null;
		}
		Description description = new Description();
		description.setType("text/plain");
		description.setValue(clean);
		return description;
	}

}
