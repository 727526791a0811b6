package org.newsroom.pipeline.publish.podcast;

import java.util.Objects;

/**
 * The channel-level settings of one podcast show, bound from configuration.
 *
 * @param title the show title
 * @param description what the show is about
 * @param imageUrl the cover art, square JPEG or PNG of 1400 to 3000 pixels
 * @param category an Apple Podcasts category, such as {@code News}
 * @param subcategory an Apple Podcasts subcategory of it, such as {@code Politics}, or
 * {@code null}
 * @param author the show's author as Apple shows it
 * @param ownerName who owns the feed, or {@code null}
 * @param ownerEmail where Apple reaches the owner, or {@code null}
 * @param explicit whether the show has explicit content
 * @param language BCP 47 language, such as {@code de}
 * @param link the show's web page
 */
record ShowSettings(String title, String description, String imageUrl, String category, String subcategory,
		String author, String ownerName, String ownerEmail, boolean explicit, String language, String link) {

	public ShowSettings {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(link, "link");
	}

	boolean hasOwner() {
		return notBlank(this.ownerName) || notBlank(this.ownerEmail);
	}

	private static boolean notBlank(String value) {
		return value != null && !value.isBlank();
	}

}
