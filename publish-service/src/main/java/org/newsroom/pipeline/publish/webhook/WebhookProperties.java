package org.newsroom.pipeline.publish.webhook;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhook settings under {@code publish.webhooks.*}.
 *
 * @param allowedHosts hosts subscriptions may target although they are internal
 * @param allowedCidrs networks subscriptions may target although they are internal
 * @param connectTimeout how long a connection may take
 * @param requestTimeout how long a subscriber may take to answer
 * @param retrySchedule the delay before each attempt; its size is the number of attempts
 * @param jitter the share each delay varies by
 * @param maxDelay the longest wait between attempts, also for {@code Retry-After}
 * @param workers threads delivering webhooks
 * @param pollInterval how often an idle worker looks for due deliveries
 * @param lease how long a claimed delivery stays with its instance before another may
 * take it over; longer than the request timeout
 * @param secretOverlap how long the previous secret still signs after a rotation
 * @param breakerPostpone how long a delivery waits while its endpoint's circuit is open
 * @param breaker when an endpoint's circuit opens
 * @param secretKeys the AES keys that encrypt the signing secrets in MongoDB: the first
 * encrypts what is written, every one decrypts what was written with it
 */
@ConfigurationProperties("publish.webhooks")
public record WebhookProperties(@DefaultValue List<String> allowedHosts, @DefaultValue List<String> allowedCidrs,
		@DefaultValue("2s") Duration connectTimeout, @DefaultValue("10s") Duration requestTimeout, @DefaultValue( {
				"0s", "5s", "5m", "30m", "2h", "5h", "10h", "10h" }) List<Duration> retrySchedule,
		@DefaultValue("0.2") double jitter, @DefaultValue("24h") Duration maxDelay, @DefaultValue("2") int workers,
		@DefaultValue("500ms") Duration pollInterval, @DefaultValue("60s") Duration lease,
		@DefaultValue("24h") Duration secretOverlap, @DefaultValue("5s") Duration breakerPostpone,
		@DefaultValue Breaker breaker, @DefaultValue List<EncryptionKey> secretKeys){

	/**
	 * When an endpoint's circuit opens and how long it stays open; every endpoint has the
	 * same thresholds.
	 *
	 * @param failureRateThreshold percentage of failed calls that opens the circuit
	 * @param slidingWindowSize how many recent calls the rate is computed over
	 * @param minimumNumberOfCalls calls needed before the rate counts
	 * @param waitInOpenState how long an open circuit refuses calls before it lets trial
	 * calls through
	 * @param permittedCallsInHalfOpenState the trial calls that decide whether it closes
	 */
	public record Breaker(@DefaultValue("50") float failureRateThreshold, @DefaultValue("20") int slidingWindowSize,
			@DefaultValue("10") int minimumNumberOfCalls, @DefaultValue("60s") Duration waitInOpenState,
			@DefaultValue("3") int permittedCallsInHalfOpenState) {
	}

	/**
	 * A key that encrypts signing secrets.
	 *
	 * @param id the name stored with each value it encrypts, so that the value is read
	 * with it after newer keys came
	 * @param key the base64 of 16, 24 or 32 random bytes
	 */
	public record EncryptionKey(String id, String key) {

		@Override
		public String toString() {
			return "EncryptionKey[id=" + this.id + "]";
		}

	}

}
