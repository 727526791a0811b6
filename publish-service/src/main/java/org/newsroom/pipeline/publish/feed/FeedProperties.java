package org.newsroom.pipeline.publish.feed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Web feed settings under {@code publish.feeds.*}.
 *
 * @param limit how many of the newest items a feed shows
 */
@ConfigurationProperties("publish.feeds")
record FeedProperties(@DefaultValue("50") int limit) {
}
