package org.newsroom.pipeline.publish.podcast;

import java.util.List;

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
 * The podcast feed of each show; public.
 */
@RestController
class PodcastController {

	private static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");

	private final PublishedItems items;

	private final PodcastFeedWriter writer;

	private final PublishProperties site;

	private final PodcastProperties properties;

	PodcastController(PublishedItems items, ItemLinks links, PublishProperties site, PodcastProperties properties) {
		this.items = items;
		this.writer = new PodcastFeedWriter(links);
		this.site = site;
		this.properties = properties;
	}

	@GetMapping("/podcasts/{showId}.rss")
	ResponseEntity<String> show(@PathVariable String showId, HttpServletRequest request) {
		ItemFilter filter = new ItemFilter(null, "episode", showId, null, null);
		List<ContentItem> episodes = this.items.live(filter, this.properties.limit())
			.stream()
			.map(PublishedItem::item)
			.toList();
		ShowSettings show = this.properties.shows().get(showId);
		if (show == null && episodes.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		ShowSettings settings = (show != null) ? show : fallback(showId, episodes.get(0));
		String feedUrl = this.site.url("/podcasts/" + showId + ".rss");
		FeedDescriptor descriptor = new FeedDescriptor(settings.title(), feedUrl, settings.link(),
				settings.description(), settings.language());
		return FeedResponses.of(descriptor, episodes, this.items.lastChange(filter), request, RSS,
				() -> this.writer.write(settings, feedUrl, episodes));
	}

	/** A show nobody configured yet still gets a valid feed from its newest episode. */
	private ShowSettings fallback(String showId, ContentItem episode) {
		String title = (episode.show() != null && episode.show().title() != null) ? episode.show().title() : showId;
		String language = (episode.language() != null) ? episode.language() : this.site.language();
		return new ShowSettings(title, title, null, this.properties.defaultCategory(), null, this.site.siteTitle(),
				null, null, false, language, this.site.siteUrl() + "/podcasts/" + showId);
	}

}
