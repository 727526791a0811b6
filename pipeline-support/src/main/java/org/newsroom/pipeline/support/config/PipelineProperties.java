package org.newsroom.pipeline.support.config;

import java.time.Duration;
import java.util.List;

import org.newsroom.pipeline.contract.Topics;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings every pipeline service shares, under {@code pipeline.*}.
 *
 * @param service the name this service uses in lineage, metrics and CloudEvent sources
 * @param topics topic names
 * @param kafka topic creation settings
 * @param retry how transient failures are retried
 * @param deadLetterSources keys of the topics this service consumes (see
 * {@link TopicNames#byKey}); it creates their dead-letter topics
 * @param security users and open paths
 * @param localMode whether the service runs in the local stack, the only place where the
 * secrets shipped in the {@code application.yml} files are allowed; the launcher in
 * {@code pipeline-local} and the tests set it, everywhere else a service with such a
 * secret refuses to start
 */
@ConfigurationProperties("pipeline")
public record PipelineProperties(@DefaultValue("pipeline") String service, @DefaultValue TopicNames topics,
		@DefaultValue KafkaTopics kafka, @DefaultValue Retry retry, @DefaultValue List<String> deadLetterSources,
		@DefaultValue Security security, @DefaultValue("false") boolean localMode) {

	/**
	 * Topic names. Their defaults are in {@code pipeline-defaults.yml} alone, which every
	 * service loads: each is the contract's name ({@link Topics}) prefixed with the
	 * namespace, so several pipelines can share a broker and so listeners can name topics
	 * as {@code ${pipeline.topics.enriched}}.
	 *
	 * @param namespace prefix such as {@code staging.}; empty by default
	 * @param cmsContent events from the CMS
	 * @param ingested items from ingest
	 * @param enriched items from enrich
	 * @param published items for downstream systems
	 * @param lineage lineage records
	 * @param commands operator commands
	 * @param audit the audit trail of operator actions
	 */
	public record TopicNames(String namespace, String cmsContent, String ingested, String enriched, String published,
			String lineage, String commands, String audit) {

		/**
		 * A topic by its configuration key, such as {@code cms-content} or
		 * {@code enriched}.
		 * @param key the key
		 * @return the topic name
		 */
		public String byKey(String key) {
			return switch (key) {
				case "cms-content" -> this.cmsContent;
				case "ingested" -> this.ingested;
				case "enriched" -> this.enriched;
				case "published" -> this.published;
				case "lineage" -> this.lineage;
				case "commands" -> this.commands;
				case "audit" -> this.audit;
				default -> throw new IllegalArgumentException("unknown topic key '" + key + "'");
			};
		}

		/**
		 * Every topic of the pipeline.
		 * @return the names
		 */
		public List<String> all() {
			return List.of(this.cmsContent, this.ingested, this.enriched, this.published, this.lineage, this.commands,
					this.audit);
		}

	}

	/**
	 * How topics are created.
	 *
	 * @param partitions partitions per topic; they bound consumer parallelism
	 * @param replicationFactor replicas per partition; 3 in production
	 * @param createTopics whether this service creates its topics at start-up
	 * @param maxMessageBytes the largest record, in bytes: the topics' {@code
	 * max.message.bytes}, the producers' {@code max.request.size} and the consumers'
	 * fetch sizes; its default is in {@code pipeline-defaults.yml}, and the same value
	 * belongs to every service
	 */
	public record KafkaTopics(@DefaultValue("6") int partitions, @DefaultValue("1") short replicationFactor,
			@DefaultValue("true") boolean createTopics, int maxMessageBytes) {
	}

	/**
	 * Retry of failed records. Transient failures (store or broker unavailable) retry
	 * without end at a bounded interval; failures of unknown cause retry a bounded number
	 * of times before the record is dead-lettered.
	 *
	 * @param initialInterval first back-off
	 * @param multiplier growth per attempt
	 * @param maxInterval longest back-off
	 * @param maxAttemptsUnclassified attempts for failures that are neither known
	 * transient nor known permanent
	 */
	public record Retry(@DefaultValue("200ms") Duration initialInterval, @DefaultValue("2.0") double multiplier,
			@DefaultValue("10s") Duration maxInterval, @DefaultValue("5") int maxAttemptsUnclassified) {
	}

	/**
	 * Users of the admin endpoints and the console.
	 *
	 * @param users accounts with their roles
	 * @param openPaths paths anyone may read, such as health and metrics
	 */
	public record Security(@DefaultValue List<User> users, @DefaultValue( {
			"/actuator/health/**", "/actuator/info", "/actuator/prometheus" }) List<String> openPaths){
	}

	/**
	 * An account.
	 *
	 * @param name the login
	 * @param password the password hash, with a {@code {id}} encoding prefix such as
	 * {@code {bcrypt}}; a {@code {noop}} plain-text password only in local mode
	 * @param roles {@code OPERATOR} or {@code VIEWER}
	 */
	public record User(String name, String password, @DefaultValue("VIEWER") List<String> roles) {

		@Override
		public String toString() {
			return "User[name=" + this.name + ", roles=" + this.roles + "]";
		}

	}

}
