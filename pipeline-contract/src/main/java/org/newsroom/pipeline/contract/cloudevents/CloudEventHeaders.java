package org.newsroom.pipeline.contract.cloudevents;

/**
 * Kafka header names of the CloudEvents 1.0 Kafka protocol binding, binary mode.
 */
public final class CloudEventHeaders {

	/** Prefix of every attribute header. */
	public static final String PREFIX = "ce_";

	/** Event id. */
	public static final String ID = "ce_id";

	/** Event source URI. */
	public static final String SOURCE = "ce_source";

	/** Event type. */
	public static final String TYPE = "ce_type";

	/** CloudEvents spec version; always 1.0. */
	public static final String SPECVERSION = "ce_specversion";

	/** Event time, RFC 3339. */
	public static final String TIME = "ce_time";

	/** Subject, here the content id. */
	public static final String SUBJECT = "ce_subject";

	/** Media type of the value. */
	public static final String CONTENT_TYPE = "content-type";

	/** W3C trace parent, carried as a CloudEvents extension. */
	public static final String TRACEPARENT = "ce_traceparent";

	/** The media type of structured mode. */
	public static final String STRUCTURED_MEDIA_TYPE = "application/cloudevents+json";

	/** The only spec version we read and write. */
	public static final String SPEC_VERSION_1_0 = "1.0";

	private CloudEventHeaders() {
	}

}
