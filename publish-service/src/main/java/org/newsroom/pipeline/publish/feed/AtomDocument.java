package org.newsroom.pipeline.publish.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;

import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.publish.syndication.FeedDescriptor;
import org.newsroom.pipeline.publish.syndication.FeedEtag;
import org.newsroom.pipeline.publish.syndication.ItemLinks;
import org.newsroom.pipeline.publish.syndication.XmlText;

/**
 * Maps items to Rome's Atom 1.0 model.
 */
final class AtomDocument {

	private final ItemLinks links;

	AtomDocument(ItemLinks links) {
		this.links = links;
	}

	Feed feed(FeedDescriptor descriptor, List<ContentItem> items) {
		Feed feed = new Feed("atom_1.0");
		feed.setId(XmlText.clean(descriptor.selfLink()));
		feed.setTitleEx(text(descriptor.title()));
		feed.setSubtitle(text(descriptor.description()));
		feed.setLanguage(XmlText.cleanOrNull(descriptor.language()));
		Instant newest = FeedEtag.newest(items);
		feed.setUpdated(Date.from((newest != null) ? newest : Instant.EPOCH));
		feed.setAlternateLinks(List.of(link(descriptor.siteLink(), "alternate", "text/html")));
		feed.setOtherLinks(List.of(link(descriptor.selfLink(), "self", "application/atom+xml")));
		// Atom wants an author on every entry; the feed's own covers entries without a
		// byline
		feed.setAuthors(List.of(person(descriptor.title())));
		feed.setEntries(items.stream().map(this::entry).toList());
		return feed;
	}

	private Entry entry(ContentItem item) {
		Entry entry = new Entry();
		entry.setId(XmlText.clean(ContentItem.URI_PREFIX + item.contentId()));
		entry.setTitleEx(text(item.headline()));
		entry.setAlternateLinks(List.of(link(this.links.link(item), "alternate", "text/html")));
		Instant updated = ItemLinks.updated(item);
		entry.setUpdated(Date.from((updated != null) ? updated : Instant.EPOCH));
		Instant published = ItemLinks.published(item);
		entry.setPublished((published != null) ? Date.from(published) : null);
		if (XmlText.cleanOrNull(item.description()) != null) {
			entry.setSummary(text(item.description()));
		}
		if (XmlText.cleanOrNull(item.bodyHtml()) != null) {
			entry.setContents(List.of(content(Content.HTML, item.bodyHtml())));
		}
		entry.setAuthors(FeedItems.authors(item).stream().map(AtomDocument::person).toList());
		entry.setCategories(categories(item));
		return entry;
	}

	private static List<Category> categories(ContentItem item) {
		List<Category> categories = new ArrayList<>();
		String section = XmlText.cleanOrNull(item.section());
		if (section != null) {
			categories.add(category(section, null));
		}
		FeedItems.subjectNames(item).forEach((name) -> categories.add(category(name, RssDocument.MEDIA_TOPIC_SCHEME)));
		return categories;
	}

	private static Category category(String term, String scheme) {
		Category category = new Category();
		category.setTerm(term);
		category.setLabel(term);
		category.setScheme(scheme);
		return category;
	}

	private static Content text(String value) {
		return content(Content.TEXT, (value != null) ? value : "");
	}

	private static Content content(String type, String value) {
		Content content = new Content();
		content.setType(type);
		content.setValue(XmlText.clean(value));
		return content;
	}

	private static Link link(String href, String rel, String type) {
		Link link = new Link();
		link.setHref(XmlText.clean(href));
		link.setRel(rel);
		link.setType(type);
		return link;
	}

	private static SyndPerson person(String name) {
		Person person = new Person();
		person.setName(XmlText.clean(name));
		return person;
	}

}
