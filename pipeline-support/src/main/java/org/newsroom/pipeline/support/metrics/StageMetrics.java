package org.newsroom.pipeline.support.metrics;

import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.newsroom.pipeline.contract.lineage.LineageOutcome;

/**
 * The per-stage meters every service exposes: records by outcome, processing time and
 * end-to-end latency from the CMS event time.
 */
public class StageMetrics {

	/** Records handled, tagged by service, stage and outcome. */
	public static final String EVENTS = "pipeline.stage.events";

	/** Time to handle one record or batch, tagged by service and stage. */
	public static final String PROCESSING = "pipeline.stage.processing";

	/** Time from the CMS event to this stage's outcome. */
	public static final String END_TO_END = "pipeline.end-to-end.latency";

	/** Records sent to a dead-letter topic, tagged by service and source topic. */
	public static final String DEAD_LETTERED = "pipeline.stage.dead-lettered";

	private final MeterRegistry registry;

	private final String service;

	public StageMetrics(MeterRegistry registry, String service) {
		this.registry = registry;
		this.service = service;
	}

	/**
	 * Counts one record with its outcome.
	 * @param stage the stage
	 * @param outcome what happened
	 */
	public void count(String stage, LineageOutcome outcome) {
		Counter.builder(EVENTS)
			.description("Records handled by a pipeline stage, by outcome")
			.tag("service", this.service)
			.tag("stage", stage)
			.tag("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT))
			.register(this.registry)
			.increment();
	}

	/**
	 * Records how long a stage took.
	 * @param stage the stage
	 * @param duration the time taken
	 */
	public void processing(String stage, Duration duration) {
		Timer.builder(PROCESSING)
			.description("Time a pipeline stage takes for one record or batch")
			.tag("service", this.service)
			.tag("stage", stage)
			.register(this.registry)
			.record(duration);
	}

	/**
	 * Records the time from the CMS event to now.
	 * @param stage the stage that reached its outcome
	 * @param cmsTime when the CMS emitted the event; ignored when unknown
	 */
	public void endToEnd(String stage, Instant cmsTime) {
		if (cmsTime == null) {
			return;
		}
		Duration latency = Duration.between(cmsTime, Instant.now());
		if (!latency.isNegative()) {
			Timer.builder(END_TO_END)
				.description("Time from the CMS event to a stage's outcome")
				.tag("service", this.service)
				.tag("stage", stage)
				.register(this.registry)
				.record(latency);
		}
	}

}
