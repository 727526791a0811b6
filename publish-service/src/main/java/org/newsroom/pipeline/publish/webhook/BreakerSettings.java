package org.newsroom.pipeline.publish.webhook;

import java.time.Duration;

/**
 * When an endpoint's circuit opens and how long it stays open.
 *
 * @param failureRateThreshold percentage of failed calls that opens the circuit
 * @param slidingWindowSize how many recent calls the rate is computed over
 * @param minimumNumberOfCalls calls needed before the rate counts
 * @param waitInOpenState how long an open circuit refuses calls before it lets trial
 * calls through
 * @param permittedCallsInHalfOpenState the trial calls that decide whether it closes
 */
public record BreakerSettings(float failureRateThreshold, int slidingWindowSize, int minimumNumberOfCalls,
		Duration waitInOpenState, int permittedCallsInHalfOpenState) {

	/**
	 * Half of the last 20 calls failed, with at least 10 calls; one minute open; 3 trial
	 * calls.
	 * @return the defaults
	 */
	public static BreakerSettings defaults() {
		return new BreakerSettings(50, 20, 10, Duration.ofMinutes(1), 3);
	}

}
