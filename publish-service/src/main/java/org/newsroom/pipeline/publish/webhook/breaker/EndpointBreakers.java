package org.newsroom.pipeline.publish.webhook.breaker;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.newsroom.pipeline.publish.webhook.WebhookProperties;

/**
 * One resilience4j circuit breaker per endpoint (host and port), so a dead subscriber
 * does not hold up deliveries to the others and is not hammered while it is down. Each
 * circuit shows its state as the gauges {@value #CIRCUIT}, one per state, 1 for the state
 * it is in.
 */
public final class EndpointBreakers {

	static final String CIRCUIT = "pipeline.channel.circuit";

	private final CircuitBreakerRegistry registry;

	EndpointBreakers(WebhookProperties.Breaker settings, Clock clock, MeterRegistry meters) {
		CircuitBreakerConfig config = CircuitBreakerConfig.custom()
			.failureRateThreshold(settings.failureRateThreshold())
			.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
			.slidingWindowSize(settings.slidingWindowSize())
			.minimumNumberOfCalls(settings.minimumNumberOfCalls())
			.waitDurationInOpenState(settings.waitInOpenState())
			.permittedNumberOfCallsInHalfOpenState(settings.permittedCallsInHalfOpenState())
			.clock(clock)
			.recordExceptions(EndpointFailure.class)
			.build();
		this.registry = CircuitBreakerRegistry.of(config);
		this.registry.getEventPublisher().onEntryAdded((added) -> gauges(added.getAddedEntry(), meters));
	}

	private static void gauges(CircuitBreaker breaker, MeterRegistry meters) {
		for (CircuitBreaker.State state : List.of(CircuitBreaker.State.CLOSED, CircuitBreaker.State.OPEN,
				CircuitBreaker.State.HALF_OPEN)) {
			Gauge.builder(CIRCUIT, breaker, (circuit) -> (circuit.getState() == state) ? 1 : 0)
				.description("1 for the state each webhook endpoint's circuit is in, 0 for the others")
				.tags("endpoint", breaker.getName(), "state", state.name().toLowerCase(Locale.ROOT))
				.strongReference(true)
				.register(meters);
		}
	}

	/**
	 * Asks whether an attempt to an endpoint may start now; a {@code true} must be
	 * followed by {@link #record}.
	 * @param url the target URL
	 * @return {@code false} while the endpoint's circuit is open
	 */
	public boolean tryAcquire(URI url) {
		return breaker(url).tryAcquirePermission();
	}

	/**
	 * Records an attempt the endpoint handled: any answer but those that say it is
	 * overloaded or broken shows it is up.
	 * @param url the target URL
	 * @param elapsed how long the attempt took
	 */
	public void recordSuccess(URI url, Duration elapsed) {
		breaker(url).onSuccess(elapsed.toNanos(), TimeUnit.NANOSECONDS);
	}

	/**
	 * Records an attempt that counts against the endpoint: a timeout, a connection error,
	 * 408, 429 or 5xx.
	 * @param url the target URL
	 * @param elapsed how long the attempt took
	 * @param reason what went wrong
	 */
	public void recordFailure(URI url, Duration elapsed, String reason) {
		breaker(url).onError(elapsed.toNanos(), TimeUnit.NANOSECONDS, new EndpointFailure(reason));
	}

	/**
	 * The circuit state of an endpoint.
	 * @param url any URL of the endpoint
	 * @return its state; {@code CLOSED} for an endpoint not called yet
	 */
	CircuitBreaker.State state(URI url) {
		return breaker(url).getState();
	}

	/**
	 * The state of every endpoint called so far, for metrics and the console.
	 * @return states by {@code host:port}
	 */
	public Map<String, CircuitBreaker.State> states() {
		Map<String, CircuitBreaker.State> states = new TreeMap<>();
		this.registry.getAllCircuitBreakers().forEach((breaker) -> states.put(breaker.getName(), breaker.getState()));
		return states;
	}

	/**
	 * The endpoint a URL belongs to.
	 * @param url the URL
	 * @return {@code host:port}, with the scheme's default port
	 */
	static String endpoint(URI url) {
		int port = url.getPort();
		if (port < 0) {
			port = "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
		}
		return url.getHost().toLowerCase(Locale.ROOT) + ":" + port;
	}

	private CircuitBreaker breaker(URI url) {
		return this.registry.circuitBreaker(endpoint(url));
	}

	/** A failed attempt as resilience4j wants it: an exception, here without a stack. */
	static final class EndpointFailure extends RuntimeException {

		EndpointFailure(String message) {
			super(message, null, false, false);
		}

	}

}
