package org.newsroom.pipeline.publish.webhook.breaker;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.newsroom.pipeline.publish.webhook.WebhookProperties;

/**
 * Endpoint breakers for the tests of the features that call endpoints through them.
 */
public final class TestBreakers {

	private TestBreakers() {
	}

	/**
	 * Breakers whose circuit opens when every one of an endpoint's last {@code calls}
	 * calls failed, and stays open for a minute.
	 */
	public static EndpointBreakers openingAfter(int calls) {
		return new EndpointBreakers(new WebhookProperties.Breaker(100, calls, calls, Duration.ofMinutes(1), 1),
				Clock.systemUTC(), new SimpleMeterRegistry());
	}

	public static boolean isOpen(EndpointBreakers breakers, URI url) {
		return breakers.state(url) == CircuitBreaker.State.OPEN;
	}

}
