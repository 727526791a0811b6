package org.newsroom.pipeline.publish.syndication;

import java.util.Objects;

/**
 * What a feed says about itself: its title, where it lives and what it covers.
 *
 * @param title the feed title, such as {@code Wirtschaft}
 * @param selfLink the URL this feed is served at
 * @param siteLink the web page the feed belongs to
 * @param description one sentence on what the feed covers
 * @param language BCP 47 language of the feed, or {@code null}
 */
public record FeedDescriptor(String title, String selfLink, String siteLink, String description, String language) {

	public FeedDescriptor {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(selfLink, "selfLink");
		Objects.requireNonNull(siteLink, "siteLink");
		description = (description != null) ? description : title;
	}

}
