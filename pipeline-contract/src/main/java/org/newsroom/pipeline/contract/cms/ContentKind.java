package org.newsroom.pipeline.contract.cms;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a CMS item is: a written article or a podcast episode.
 */
public enum ContentKind {

	/** A written article. */
	@JsonProperty("article")
	ARTICLE,

	/** A podcast episode with an audio rendition. */
	@JsonProperty("episode")
	EPISODE;

	/**
	 * The name used in payloads, URLs and feeds.
	 * @return {@code article} or {@code episode}
	 */
	public String wireName() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
