package org.newsroom.pipeline.console.item;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the console links items to, under {@code console.links.*}.
 *
 * @param publishBaseUrl base URL of the publish service
 * @param contentPath path of one item in the content API, before its id
 * @param feedsPath path of the web feeds
 * @param podcastsPath path of the podcast feeds, before a show's name
 */
@ConfigurationProperties("console.links")
record LinksProperties(@DefaultValue("http://localhost:8083") String publishBaseUrl,
		@DefaultValue("/api/v1/content/") String contentPath, @DefaultValue("/feeds/all.rss") String feedsPath,
		@DefaultValue("/podcasts/") String podcastsPath) {
}
