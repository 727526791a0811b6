package org.newsroom.pipeline.publish.webhook.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

import org.newsroom.pipeline.publish.SharedGauges;
import org.newsroom.pipeline.publish.webhook.breaker.EndpointBreakers;
import org.springframework.stereotype.Component;

/**
 * The webhook channel's meters: deliveries by outcome, the circuit state of every
 * endpoint and the open outbox entries.
 */
@Component
class WebhookMetrics {

	static final String DELIVERIES = "pipeline.channel.deliveries";

	private static final List<CircuitBreaker.State> STATES = List.of(CircuitBreaker.State.CLOSED,
			CircuitBreaker.State.OPEN, CircuitBreaker.State.HALF_OPEN);

	private final MeterRegistry registry;

	private final EndpointBreakers breakers;

	private final MultiGauge circuits;

	WebhookMetrics(MeterRegistry registry, EndpointBreakers breakers, OutboxStore outbox, SharedGauges shared) {
		this.registry = registry;
		this.breakers = breakers;
		this.circuits = MultiGauge.builder("pipeline.channel.circuit")
			.description("1 for the state each webhook endpoint's circuit is in, 0 for the others")
			.register(registry);
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

	/** Publishes the current circuit states; called after each delivery attempt. */
	void refreshCircuits() {
		List<MultiGauge.Row<?>> rows = new ArrayList<>();
		this.breakers.states()
			.forEach((endpoint,
					current) -> STATES.forEach((state) -> rows.add(MultiGauge.Row.of(
							Tags.of("endpoint", endpoint, "state", state.name().toLowerCase(Locale.ROOT)),
							(current == state) ? 1 : 0))));
		this.circuits.register(rows, true);
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
