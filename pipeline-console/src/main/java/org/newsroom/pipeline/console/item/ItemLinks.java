package org.newsroom.pipeline.console.item;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.newsroom.pipeline.contract.lineage.LineageEvent;

/**
 * Where an item can be seen outside the console.
 *
 * @param content the item in the content API
 * @param feeds the web feeds
 * @param podcast the podcast feed, for episodes; {@code null} for articles
 */
record ItemLinks(String content, String feeds, String podcast) {

	// Lineage carries no kind; a stage that knows the item is an episode says so in its
	// detail as kind=episode, and names the show as show=<name>.
	static ItemLinks of(String contentId, List<LineageEvent> timeline, LinksProperties links) {
		String base = links.publishBaseUrl().replaceAll("/+$", "");
		String content = base + links.contentPath() + URLEncoder.encode(contentId, StandardCharsets.UTF_8);
		String podcast = null;
		for (LineageEvent event : timeline) {
			String detail = " " + ((event.detail() != null) ? event.detail() : "") + " ";
			if (detail.contains(" kind=episode ")) {
				String show = token(detail, " show=");
				podcast = (show != null) ? base + links.podcastsPath() + encode(show) + ".rss" : null;
			}
		}
		return new ItemLinks(content, base + links.feedsPath(), podcast);
	}

	private static String token(String detail, String prefix) {
		int at = detail.indexOf(prefix);
		if (at < 0) {
			return null;
		}
		int start = at + prefix.length();
		return detail.substring(start, detail.indexOf(' ', start));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
