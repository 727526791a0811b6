package org.newsroom.pipeline.contract.cms;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON payload a CMS sends on {@code cms.content.v1}, for articles, episodes and
 * withdrawals alike; fields a kind does not use are {@code null}.
 *
 * @param contentId the CMS id, stable across revisions; the Kafka key
 * @param kind article or episode
 * @param revision grows with every change of the item
 * @param headline the title
 * @param description a teaser; enrich writes one where it is missing
 * @param body HTML for articles, plain show notes for episodes
 * @param authors bylines
 * @param section the newsroom section, such as {@code wirtschaft}
 * @param tags editorial tags
 * @param language BCP 47 code given by the CMS, if any
 * @param canonicalUrl the item's page on the web
 * @param firstPublishedAt when the item was first published
 * @param embargoedUntil no channel shows the item before this time
 * @param show the podcast an episode belongs to
 * @param audio the episode's audio file
 * @param speakers the episode's speakers where the CMS knows them
 * @param transcriptUrl a transcript of the episode
 * @param chaptersUrl Podcasting 2.0 chapters of the episode
 * @param reason why an item was withdrawn
 * @param takedown a withdrawal that removes the item from every channel without telling
 * subscribers, where {@code null} or {@code false} is a kill that notifies them
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CmsContent(String contentId, ContentKind kind, long revision, String headline, String description,
		String body, List<String> authors, String section, List<String> tags, String language, String canonicalUrl,
		Instant firstPublishedAt, Instant embargoedUntil, Show show, Audio audio, List<Speaker> speakers,
		String transcriptUrl, String chaptersUrl, String reason, Boolean takedown) {

	public CmsContent {
		authors = (authors != null) ? List.copyOf(authors) : List.of();
		tags = (tags != null) ? List.copyOf(tags) : List.of();
		speakers = (speakers != null) ? List.copyOf(speakers) : List.of();
	}

	/** Whether this withdrawal is a takedown, which no subscriber is told of. */
	public boolean takesDown() {
		return Boolean.TRUE.equals(this.takedown);
	}

	/**
	 * The podcast an episode belongs to.
	 *
	 * @param id the show id used in feed URLs
	 * @param title the show's title
	 */
	public record Show(String id, String title) {
	}

	/**
	 * The audio file of an episode.
	 *
	 * @param url where the file is served
	 * @param mimeType an {@code audio/*} type
	 * @param sizeBytes file size
	 * @param durationSeconds playing time
	 */
	public record Audio(String url, String mimeType, long sizeBytes, long durationSeconds) {
	}

	/**
	 * A person speaking in an episode.
	 *
	 * @param name the person's name
	 * @param role host or guest (Podcasting 2.0 role names)
	 */
	public record Speaker(String name, String role) {
	}

}
