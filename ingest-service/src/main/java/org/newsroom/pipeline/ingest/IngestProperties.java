package org.newsroom.pipeline.ingest;

import java.time.Duration;
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
 * @param kafka which {@code ce_source} may write which content ids on
 * {@code cms.content.v1}
 * @param unknownFields whether a CMS payload with a top-level field its schema does not
 * define is rejected (the default) or accepted with a warning
 */
@ConfigurationProperties("ingest")
public record IngestProperties(@DefaultValue("1MB") DataSize maxBodySize, @DefaultValue("20") int recentEventIds,
		@DefaultValue Http http, @DefaultValue Kafka kafka, @DefaultValue("reject") UnknownFieldPolicy unknownFields) {

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
	 * @param rateLimit how many events a source may post, unless it sets its own
	 * @param sources CMS sources allowed to post, each with its bearer token
	 */
	public record Http(@DefaultValue("2MB") DataSize maxRequestSize, @DefaultValue RateLimit rateLimit,
			@DefaultValue List<Source> sources) {

		/**
		 * The rate limit of one source.
		 * @param source a configured source
		 * @return its own limit, or the default
		 */
		public RateLimit rateLimitOf(Source source) {
			return (source.rateLimit() != null) ? source.rateLimit() : this.rateLimit;
		}

	}

	/**
	 * A CMS allowed to post events, and what it may write. A source that lists no
	 * CloudEvent sources or no content-id prefixes may write nothing.
	 *
	 * @param name a name for logs and lineage
	 * @param token its bearer token
	 * @param sources the CloudEvent {@code source} values its events may carry
	 * @param contentIdPrefixes how the content ids it may publish, update or withdraw
	 * begin
	 * @param rateLimit its own rate limit, or {@code null} for
	 * {@code ingest.http.rate-limit}
	 */
	public record Source(String name, String token, List<String> sources, List<String> contentIdPrefixes,
			RateLimit rateLimit) {

		public Source {
			sources = nonBlank("sources of HTTP source '" + name + "'", sources);
			contentIdPrefixes = nonBlank("content-id-prefixes of HTTP source '" + name + "'", contentIdPrefixes);
		}

		@Override
		public String toString() {
			return "Source[name=" + this.name + "]";
		}

	}

	/**
	 * How many events one source may post: {@code limitForPeriod} per
	 * {@code limitRefreshPeriod}; more are answered 429.
	 *
	 * @param limitForPeriod events per period
	 * @param limitRefreshPeriod the period
	 */
	public record RateLimit(@DefaultValue("200") int limitForPeriod, @DefaultValue("1s") Duration limitRefreshPeriod) {

		public RateLimit {
			if (limitForPeriod < 1 || limitRefreshPeriod == null || limitRefreshPeriod.isNegative()
					|| limitRefreshPeriod.isZero()) {
				throw new IllegalArgumentException("a rate limit needs at least 1 event per positive period, not "
						+ limitForPeriod + " per " + limitRefreshPeriod);
			}
		}

	}

	/**
	 * What CMS records on Kafka may write. Empty, the default, accepts every
	 * {@code ce_source} as before; once one source is listed, a record whose
	 * {@code ce_source} is not listed, or whose content id begins with none of its
	 * prefixes, is dead-lettered.
	 *
	 * @param sources each {@code ce_source} with the content-id prefixes it may write
	 */
	public record Kafka(@DefaultValue List<KafkaSource> sources) {

		/**
		 * Whether any source is listed, which turns the rule on.
		 * @return {@code true} when Kafka records are bounded
		 */
		public boolean bounded() {
			return !this.sources.isEmpty();
		}

	}

	/**
	 * One CloudEvent source on Kafka and the content ids it may write.
	 *
	 * @param source the {@code ce_source} value
	 * @param contentIdPrefixes how the content ids it may publish, update or withdraw
	 * begin
	 */
	public record KafkaSource(String source, List<String> contentIdPrefixes) {

		public KafkaSource {
			if (source == null || source.isBlank()) {
				throw new IllegalArgumentException("ingest.kafka.sources[].source must name a ce_source");
			}
			contentIdPrefixes = nonBlank("content-id-prefixes of Kafka source '" + source + "'", contentIdPrefixes);
		}

	}

	/**
	 * A blank entry is a mistake (as a prefix it would match every id): refused at
	 * start-up.
	 */
	private static List<String> nonBlank(String what, List<String> values) {
		if (values == null) {
			return List.of();
		}
		if (values.stream().anyMatch((value) -> value == null || value.isBlank())) {
			throw new IllegalArgumentException("the " + what + " have a blank entry");
		}
		return List.copyOf(values);
	}

}
