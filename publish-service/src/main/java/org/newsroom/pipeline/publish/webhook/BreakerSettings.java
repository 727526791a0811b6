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
 * @see WebhookProperties.Breaker for the defaults
 */
record BreakerSettings(float failureRateThreshold, int slidingWindowSize, int minimumNumberOfCalls,
		Duration waitInOpenState, int permittedCallsInHalfOpenState) {

}
