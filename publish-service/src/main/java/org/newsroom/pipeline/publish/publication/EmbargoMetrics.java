package org.newsroom.pipeline.publish.publication;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Tags;

import org.newsroom.pipeline.publish.SharedGauges;
import org.springframework.stereotype.Component;

/**
 * The gauge {@value #OVERDUE}: items still held a minute after their embargo ended. An
 * embargo goes live within {@code publish.embargo.release-interval} (100 ms) of its end,
 * so anything above 0 means releases are stuck: the store is away or no instance runs.
 */
@Component
class EmbargoMetrics {

	static final String OVERDUE = "pipeline.embargo.overdue";

	static final Duration GRACE = Duration.ofMinutes(1);

	EmbargoMetrics(SharedGauges gauges, PublicationStore store, Clock clock) {
		gauges.register(OVERDUE, "Items still held a minute after their embargo ended", Tags.empty(),
				() -> store.countOverdueEmbargoes(clock.instant().minus(GRACE)));
	}

}
