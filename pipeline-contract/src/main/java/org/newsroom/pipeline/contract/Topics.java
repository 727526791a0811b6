package org.newsroom.pipeline.contract;

/**
 * Default Kafka topic names of the pipeline; every service can override them in
 * configuration.
 */
public final class Topics {

	/** Events from the CMS. */
	public static final String CMS_CONTENT = "cms.content.v1";

	/** Validated, versioned items from ingest. */
	public static final String CONTENT_INGESTED = "content.ingested.v1";

	/** Items with metadata from enrich. */
	public static final String CONTENT_ENRICHED = "content.enriched.v1";

	/** Published and withdrawn items for downstream systems. */
	public static final String CONTENT_PUBLISHED = "content.published.v1";

	/** What every service did with every item. */
	public static final String PIPELINE_LINEAGE = "pipeline.lineage.v1";

	/** Operator commands from the console: replay, redeliver, re-enrich. */
	public static final String PIPELINE_COMMANDS = "pipeline.commands.v1";

	/** Every operator action and its outcome: the audit trail. */
	public static final String PIPELINE_AUDIT = "pipeline.audit.v1";

	/** Suffix of every dead-letter topic. */
	public static final String DEAD_LETTER_SUFFIX = ".dlt";

	private Topics() {
	}

	/**
	 * The dead-letter topic of a source topic for one consumer group:
	 * {@code <topic>.<group>.dlt}.
	 * @param topic the topic the record was consumed from
	 * @param group the consumer group that gave up on it
	 * @return the dead-letter topic name
	 */
	public static String deadLetter(String topic, String group) {
		return topic + "." + group + DEAD_LETTER_SUFFIX;
	}

	/**
	 * Whether a topic name is a dead-letter topic.
	 * @param topic the topic name
	 * @return {@code true} for {@code <topic>.<group>.dlt}
	 */
	public static boolean isDeadLetter(String topic) {
		return topic.endsWith(DEAD_LETTER_SUFFIX);
	}

}
