package org.newsroom.pipeline.publish.webhook;

/**
 * What happened to an item, as subscribers see it.
 */
public enum WebhookEvent {

	/** The item reached the channels for the first time. */
	PUBLISHED("content.published", "published"),

	/** A newer revision of an item replaced the one subscribers had. */
	UPDATED("content.updated", "updated"),

	/**
	 * The live revision got new metadata (a re-enrichment or a backfill); subscribers of
	 * {@code content.updated} get it, under an id of its own per enrichment version.
	 */
	REFRESHED("content.updated", "refreshed"),

	/** The item was withdrawn and must be taken down. */
	WITHDRAWN("content.withdrawn", "withdrawn");

	private final String type;

	private final String idSuffix;

	WebhookEvent(String type, String idSuffix) {
		this.type = type;
		this.idSuffix = idSuffix;
	}

	/**
	 * The {@code type} of the payload.
	 * @return such as {@code content.published}
	 */
	public String type() {
		return this.type;
	}

	/**
	 * The last part of the delivery id.
	 * @return such as {@code published}
	 */
	public String idSuffix() {
		return this.idSuffix;
	}

}
