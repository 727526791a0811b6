package org.newsroom.pipeline.publish.syndication;

import java.time.Instant;

import org.newsroom.pipeline.contract.events.ContentItem;

/**
 * Where an item lives on the web and which time a feed shows for it.
 */
public final class ItemLinks {

	private final String contentBaseUrl;

	/**
	 * Creates the links of a site.
	 * @param contentBaseUrl the public base URL, such as
	 * {@code https://news.example.org}; items without a canonical URL link to
	 * {@code <base>/content/<contentId>}
	 */
	public ItemLinks(String contentBaseUrl) {
		this.contentBaseUrl = stripTrailingSlashes(contentBaseUrl);
	}

	/**
	 * The item's web page.
	 * @param item the item
	 * @return its canonical URL, or the content URL under the base
	 */
	public String link(ContentItem item) {
		String canonical = XmlText.cleanOrNull(item.canonicalUrl());
		return (canonical != null) ? canonical : this.contentBaseUrl + "/content/" + item.contentId();
	}

	/**
	 * The time of the item's latest revision.
	 * @param item the item
	 * @return {@code versioncreated}, else {@code firstcreated}, else {@code null}
	 */
	public static Instant updated(ContentItem item) {
		return (item.versioncreated() != null) ? item.versioncreated() : item.firstcreated();
	}

	/**
	 * The time the item was first published.
	 * @param item the item
	 * @return {@code firstcreated}, else {@code versioncreated}, else {@code null}
	 */
	public static Instant published(ContentItem item) {
		return (item.firstcreated() != null) ? item.firstcreated() : item.versioncreated();
	}

	private static String stripTrailingSlashes(String url) {
		String stripped = url;
		while (stripped.endsWith("/")) {
			stripped = stripped.substring(0, stripped.length() - 1);
		}
		return stripped;
	}

}
