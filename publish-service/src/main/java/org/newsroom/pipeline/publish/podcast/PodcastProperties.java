package org.newsroom.pipeline.publish.podcast;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Podcast settings under {@code publish.podcasts.*}.
 *
 * @param limit how many of the newest episodes a feed shows
 * @param defaultCategory the Apple category of shows without settings
 * @param shows the settings of each show by its id, such as
 * {@code publish.podcasts.shows.bundestalk.title}
 */
@ConfigurationProperties("publish.podcasts")
record PodcastProperties(@DefaultValue("100") int limit, @DefaultValue("News") String defaultCategory,
		@DefaultValue Map<String, ShowSettings> shows) {
}
