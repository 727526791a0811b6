package org.newsroom.pipeline.console.item;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.newsroom.pipeline.contract.cms.ContentKind;
import org.newsroom.pipeline.contract.lineage.LineageEvent;
import org.newsroom.pipeline.contract.lineage.PublicationDetail;

/**
 * Where an item can be seen outside the console.
 *
 * @param content the item in the content API
 * @param feeds the web feeds
 * @param podcast the podcast feed, for episodes; {@code null} for articles
 */
record ItemLinks(String content, String feeds, String podcast) {

	static ItemLinks of(String contentId, List<LineageEvent> timeline, LinksProperties links) {
		String base = links.publishBaseUrl().replaceAll("/+$", "");
		String content = base + links.contentPath() + URLEncoder.encode(contentId, StandardCharsets.UTF_8);
		String podcast = null;
		for (LineageEvent event : timeline) {
			if (ContentKind.EPISODE.wireName().equals(PublicationDetail.kind(event))) {
				String show = PublicationDetail.show(event);
				podcast = (show != null) ? base + links.podcastsPath() + encode(show) + ".rss" : null;
			}
		}
		return new ItemLinks(content, base + links.feedsPath(), podcast);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
