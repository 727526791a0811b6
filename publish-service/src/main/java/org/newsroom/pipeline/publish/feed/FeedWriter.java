package org.newsroom.pipeline.publish.feed;

import java.util.List;
import java.util.function.Consumer;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import org.jdom2.Document;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.publish.syndication.FeedDescriptor;
import org.newsroom.pipeline.publish.syndication.ItemLinks;

/**
 * Writes RSS 2.0 and Atom 1.0 documents of items with Rome; the caller orders the items
 * newest first and applies the limit.
 */
final class FeedWriter {

	private final RssDocument rss;

	private final AtomDocument atom;

	/**
	 * Creates a writer for one site.
	 * @param links where items live on the web
	 */
	public FeedWriter(ItemLinks links) {
		this.rss = new RssDocument(links);
		this.atom = new AtomDocument(links);
	}

	/**
	 * Writes an RSS 2.0 document.
	 * @param descriptor what the feed says about itself
	 * @param items the items, newest first
	 * @return the XML, always well-formed whatever the items hold
	 */
	public String rss(FeedDescriptor descriptor, List<ContentItem> items) {
		return write(this.rss.channel(descriptor, items), (document) -> this.rss.decorate(document, descriptor));
	}

	/**
	 * Writes an Atom 1.0 document.
	 * @param descriptor what the feed says about itself
	 * @param items the items, newest first
	 * @return the XML, always well-formed whatever the items hold
	 */
	public String atom(FeedDescriptor descriptor, List<ContentItem> items) {
		return write(this.atom.feed(descriptor, items), (document) -> {
		});
	}

	/**
	 * Serializes a Rome feed after a last touch on its JDOM tree, for elements Rome has
	 * no model for.
	 * @param feed the feed
	 * @param decorator changes the document before it is written
	 * @return the XML
	 */
	static String write(WireFeed feed, Consumer<Document> decorator) {
		try {
			Document document = new WireFeedOutput().outputJDom(feed);
			decorator.accept(document);
			return new XMLOutputter(Format.getPrettyFormat().setEncoding("UTF-8")).outputString(document);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("Rome could not write the " + feed.getFeedType() + " feed", ex);
		}
	}

}
