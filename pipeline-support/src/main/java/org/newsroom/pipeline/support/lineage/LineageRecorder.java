package org.newsroom.pipeline.support.lineage;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.newsroom.pipeline.contract.EventTypes;
import org.newsroom.pipeline.contract.lineage.LineageEvent;
import org.newsroom.pipeline.support.kafka.EventSender;
import org.newsroom.pipeline.support.metrics.StageMetrics;
import org.newsroom.pipeline.support.tracing.TraceContext;

/**
 * Records what a service did with an item on {@code pipeline.lineage.v1} and counts it in
 * the stage metrics, so the console's timeline and the Prometheus counters always agree.
 */
public class LineageRecorder {

	private static final String UNKNOWN_ITEM = "unknown";

	private final EventSender sender;

	private final StageMetrics metrics;

	private final String topic;

	private final String service;

	public LineageRecorder(EventSender sender, StageMetrics metrics, String topic, String service) {
		this.sender = sender;
		this.metrics = metrics;
		this.topic = topic;
		this.service = service;
	}

	/**
	 * Records a step; the future completes when the broker has it.
	 * @param step what happened
	 * @return the pending send
	 */
	public CompletableFuture<?> record(LineageStep step) {
		this.metrics.count(step.stage(), step.outcome());
		Instant now = Instant.now();
		LineageEvent event = new LineageEvent(UUID.randomUUID().toString(), step.contentId(), step.revision(),
				this.service, step.stage(), step.outcome(), step.detail(), step.headline(), step.cmsTime(), now,
				step.durationMicros(), TraceContext.currentTraceId(), step.kind(), step.section(), step.embargoEnd());
		String key = (step.contentId() != null) ? step.contentId() : UNKNOWN_ITEM;
		return this.sender.send(this.topic, key, event.id(), EventTypes.LINEAGE, now, event);
	}

}
