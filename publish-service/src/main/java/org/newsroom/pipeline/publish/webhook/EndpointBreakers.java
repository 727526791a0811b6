package org.newsroom.pipeline.publish.webhook;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

import org.newsroom.pipeline.publish.webhook.RetryDecision.Action;

/**
 * One resilience4j circuit breaker per endpoint (host and port), so a dead subscriber
 * does not hold up deliveries to the others and is not hammered while it is down.
 */
final class EndpointBreakers {

	private final CircuitBreakerRegistry registry;

	/**
	 * Creates the breakers.
	 * @param settings thresholds shared by every endpoint
	 * @param clock the time that decides when an open circuit half-opens
	 */
	public EndpointBreakers(BreakerSettings settings, Clock clock) {
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
	 * Records how an attempt ended: timeouts, connection errors, 408, 429 and 5xx count
	 * as failures; any other answer shows the endpoint is up.
	 * @param url the target URL
	 * @param result how the attempt ended
	 * @param elapsed how long it took
	 */
	public void record(URI url, AttemptResult result, Duration elapsed) {
		CircuitBreaker breaker = breaker(url);
		RetryDecision decision = RetryPolicy.classify(result);
		if (decision.action() == Action.RETRY) {
			breaker.onError(elapsed.toNanos(), TimeUnit.NANOSECONDS, new EndpointFailure(decision.reason()));
		}
		else {
			breaker.onSuccess(elapsed.toNanos(), TimeUnit.NANOSECONDS);
		}
	}

	/**
	 * The circuit state of an endpoint.
	 * @param url any URL of the endpoint
	 * @return its state; {@code CLOSED} for an endpoint not called yet
	 */
	public CircuitBreaker.State state(URI url) {
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
	public static String endpoint(URI url) {
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
