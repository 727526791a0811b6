package org.newsroom.pipeline.publish.webhook.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

import org.newsroom.pipeline.publish.SharedGauges;
import org.springframework.stereotype.Component;

/**
 * The webhook channel's meters: deliveries by outcome and the open outbox entries (the
 * circuits' states are {@code EndpointBreakers}' own).
 */
@Component
class WebhookMetrics {

	static final String DELIVERIES = "pipeline.channel.deliveries";

	private final MeterRegistry registry;

	WebhookMetrics(MeterRegistry registry, OutboxStore outbox, SharedGauges shared) {
		this.registry = registry;
		shared.register("pipeline.channel.outbox.pending", "Webhook deliveries not yet delivered or given up",
				Tags.of("channel", "webhook"), outbox::countOpen);
	}

	void delivered() {
		count("delivered");
	}

	void retried() {
		count("retried");
	}

	void failed() {
		count("failed");
	}

	private void count(String outcome) {
		Counter.builder(DELIVERIES)
			.description("Channel deliveries by outcome")
			.tag("channel", "webhook")
			.tag("outcome", outcome)
			.register(this.registry)
			.increment();
	}

}
