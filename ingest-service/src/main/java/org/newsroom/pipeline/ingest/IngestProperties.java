package org.newsroom.pipeline.ingest;

import java.util.List;

import org.newsroom.pipeline.contract.validation.CmsPayloadValidator;
import org.newsroom.pipeline.contract.validation.UnknownFieldPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the ingest service, under {@code ingest.*}.
 *
 * @param maxBodySize the largest body a CMS may send
 * @param recentEventIds how many CloudEvent ids per item are kept to recognise
 * redeliveries
 * @param http the HTTP ingress for a CMS that cannot produce to Kafka
 * @param unknownFields whether a CMS payload with a top-level field its schema does not
 * define is rejected (the default) or accepted with a warning
 */
@ConfigurationProperties("ingest")
public record IngestProperties(@DefaultValue("1MB") DataSize maxBodySize, @DefaultValue("20") int recentEventIds,
		@DefaultValue Http http, @DefaultValue("reject") UnknownFieldPolicy unknownFields) {

	public IngestProperties {
		unknownFields = (unknownFields != null) ? unknownFields : UnknownFieldPolicy.REJECT;
	}

	/**
	 * The largest body in bytes.
	 * @return the limit
	 */
	public int maxBodyBytes() {
		long bytes = (this.maxBodySize != null) ? this.maxBodySize.toBytes()
				: CmsPayloadValidator.DEFAULT_MAX_BODY_BYTES;
		return (int) Math.min(bytes, Integer.MAX_VALUE);
	}

	/**
	 * The HTTP ingress.
	 *
	 * @param maxRequestSize larger requests get 413
	 * @param sources CMS sources allowed to post, each with its bearer token
	 */
	public record Http(@DefaultValue("2MB") DataSize maxRequestSize, @DefaultValue List<Source> sources) {
	}

	/**
	 * A CMS allowed to post events.
	 *
	 * @param name a name for logs and lineage
	 * @param token its bearer token
	 */
	public record Source(String name, String token) {

		@Override
		public String toString() {
			return "Source[name=" + this.name + "]";
		}

	}

}
