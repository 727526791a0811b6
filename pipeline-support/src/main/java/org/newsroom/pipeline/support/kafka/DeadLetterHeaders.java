package org.newsroom.pipeline.support.kafka;

/**
 * Headers the pipeline adds to every dead letter, beside Spring Kafka's
 * {@code kafka_dlt-*} headers (exception class and message, original topic, partition,
 * offset, timestamp and consumer group).
 */
public final class DeadLetterHeaders {

	/** A reason an engineer can act on, such as every schema violation. */
	public static final String REASON = "pipeline_dlt_reason";

	/** The service that gave up on the record. */
	public static final String SERVICE = "pipeline_dlt_service";

	/** The consumer group that gave up on the record. */
	public static final String GROUP = "pipeline_dlt_group";

	/** When it gave up, ISO-8601. */
	public static final String TIME = "pipeline_dlt_time";

	/** transient, permanent or unknown. */
	public static final String FAILURE_KIND = "pipeline_dlt_failure_kind";

	/** Set on a record an operator replayed from a dead-letter topic. */
	public static final String REPLAYED_FROM = "pipeline_replayed_from";

	private DeadLetterHeaders() {
	}

}
