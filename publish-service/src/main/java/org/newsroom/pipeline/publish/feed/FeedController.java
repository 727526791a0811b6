package org.newsroom.pipeline.publish.feed;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.publish.PublishProperties;
import org.newsroom.pipeline.publish.publication.PublishedItems.ItemFilter;
import org.newsroom.pipeline.publish.publication.PublishedItems.PublishedItem;
import org.newsroom.pipeline.publish.publication.PublishedItems;
import org.newsroom.pipeline.publish.syndication.FeedDescriptor;
import org.newsroom.pipeline.publish.syndication.FeedResponses;
import org.newsroom.pipeline.publish.syndication.ItemLinks;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * RSS 2.0 and Atom feeds of all live items, per section and per kind; public.
 */
@RestController
class FeedController {

	static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final PublishedItems items;

	private final FeedWriter writer;

	private final PublishProperties site;

	private final FeedProperties properties;

	FeedController(PublishedItems items, ItemLinks links, PublishProperties site, FeedProperties properties) {
		this.items = items;
		this.writer = new FeedWriter(links);
		this.site = site;
		this.properties = properties;
	}

	@GetMapping("/feeds/all.{format:rss|atom}")
	ResponseEntity<String> all(@PathVariable String format, HttpServletRequest request) {
		return feed(ItemFilter.ALL, this.site.siteTitle(), "/feeds/all." + format, format, request);
	}

	@GetMapping("/feeds/sections/{section}.{format:rss|atom}")
	ResponseEntity<String> section(@PathVariable String section, @PathVariable String format,
			HttpServletRequest request) {
		return feed(new ItemFilter(section, null, null, null, null), title(section),
				"/feeds/sections/" + section + "." + format, format, request);
	}

	@GetMapping("/feeds/kinds/{kind:article|episode}.{format:rss|atom}")
	ResponseEntity<String> kind(@PathVariable String kind, @PathVariable String format, HttpServletRequest request) {
		return feed(new ItemFilter(null, kind, null, null, null), title(kind + "s"),
				"/feeds/kinds/" + kind + "." + format, format, request);
	}

	private ResponseEntity<String> feed(ItemFilter filter, String title, String path, String format,
			HttpServletRequest request) {
		List<ContentItem> live = this.items.live(filter, this.properties.limit())
			.stream()
			.map(PublishedItem::item)
			.toList();
		FeedDescriptor descriptor = new FeedDescriptor(title, this.site.url(path), this.site.siteUrl(), null,
				this.site.language());
		boolean rss = "rss".equals(format);
		return FeedResponses.of(descriptor, live, this.items.lastChange(filter), request, rss ? RSS : ATOM,
				() -> rss ? this.writer.rss(descriptor, live) : this.writer.atom(descriptor, live));
	}

	private String title(String name) {
		return this.site.siteTitle() + " – " + name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
	}

}
