package org.newsroom.pipeline.publish.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Content;
import com.rometools.rome.feed.rss.Item;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.publish.syndication.FeedDescriptor;
import org.newsroom.pipeline.publish.syndication.FeedEtag;
import org.newsroom.pipeline.publish.syndication.ItemLinks;
import org.newsroom.pipeline.publish.syndication.RssItems;
import org.newsroom.pipeline.publish.syndication.XmlText;

/**
 * Maps items to Rome's RSS 2.0 model.
 */
final class RssDocument {

	static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

	static final String MEDIA_TOPIC_SCHEME = "http://cv.iptc.org/newscodes/mediatopic/";

	private final ItemLinks links;

	RssDocument(ItemLinks links) {
		this.links = links;
	}

	Channel channel(FeedDescriptor descriptor, List<ContentItem> items) {
		Channel channel = new Channel("rss_2.0");
		channel.setTitle(XmlText.clean(descriptor.title()));
		channel.setLink(XmlText.clean(descriptor.siteLink()));
		channel.setDescription(XmlText.clean(descriptor.description()));
		channel.setLanguage(XmlText.cleanOrNull(descriptor.language()));
		channel.setGenerator("newsroom-pipeline");
		Instant newest = FeedEtag.newest(items);
		channel.setLastBuildDate((newest != null) ? Date.from(newest) : null);
		channel.setItems(items.stream().map(this::item).toList());
		return channel;
	}

	/** Adds the {@code atom:link rel="self"} that feed validators ask for. */
	void decorate(Document document, FeedDescriptor descriptor) {
		Element root = document.getRootElement();
		root.addNamespaceDeclaration(ATOM);
		Element self = new Element("link", ATOM).setAttribute("href", XmlText.clean(descriptor.selfLink()))
			.setAttribute("rel", "self")
			.setAttribute("type", "application/rss+xml");
		root.getChild("channel").addContent(0, self);
	}

	private Item item(ContentItem content) {
		Item item = RssItems.item(content, this.links);
		Instant date = ItemLinks.updated(content);
		item.setPubDate((date != null) ? Date.from(date) : null);
		item.setDescription(RssItems.plainText(content.description()));
		if (XmlText.cleanOrNull(content.bodyHtml()) != null) {
			Content body = new Content();
			body.setType(Content.HTML);
			body.setValue(XmlText.clean(content.bodyHtml()));
			item.setContent(body);
		}
		item.setCategories(categories(content));
		item.setModules(new ArrayList<>(List.of(creators(content))));
		return item;
	}

	private static List<Category> categories(ContentItem content) {
		List<Category> categories = new ArrayList<>();
		String section = XmlText.cleanOrNull(content.section());
		if (section != null) {
			categories.add(category(section, null));
		}
		FeedItems.subjectNames(content).forEach((name) -> categories.add(category(name, MEDIA_TOPIC_SCHEME)));
		return categories;
	}

	private static Category category(String value, String domain) {
		Category category = new Category();
		category.setValue(value);
		category.setDomain(domain);
		return category;
	}

	/**
	 * RSS {@code author} must be an e-mail address, so bylines go to {@code dc:creator}.
	 */
	private static DCModule creators(ContentItem content) {
		DCModule dc = new DCModuleImpl();
		dc.setCreators(FeedItems.authors(content));
		return dc;
	}

}
