package org.newsroom.pipeline.publish.webhook.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

import org.newsroom.pipeline.publish.webhook.delivery.AttemptResult.ConnectionError;
import org.newsroom.pipeline.publish.webhook.delivery.AttemptResult.Response;
import org.newsroom.pipeline.publish.webhook.delivery.RetryDecision.Action;

/**
 * When to retry a webhook: a schedule of delays with jitter, the classification of what
 * the endpoint answered, and {@code Retry-After}.
 */
final class RetryPolicy {

	/**
	 * The schedule Standard Webhooks recommends: the first attempt at once, then after 5
	 * s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h.
	 */
	static final List<Duration> STANDARD_SCHEDULE = List.of(Duration.ZERO, Duration.ofSeconds(5), Duration.ofMinutes(5),
			Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10),
			Duration.ofHours(10));

	private final List<Duration> schedule;

	private final double jitter;

	private final Duration maxDelay;

	private final RandomGenerator random;

	/**
	 * Creates a policy.
	 * @param schedule the delay before each attempt, the first one usually zero; its size
	 * is the number of attempts
	 * @param jitter the share each delay varies by, such as {@code 0.2} for ±20 %, so
	 * retries after an outage do not arrive together
	 * @param maxDelay the longest wait, also for {@code Retry-After}
	 * @param random the source of jitter
	 */
	RetryPolicy(List<Duration> schedule, double jitter, Duration maxDelay, RandomGenerator random) {
		if (schedule.isEmpty() || jitter < 0 || jitter >= 1) {
			throw new IllegalArgumentException("Need at least one attempt and a jitter in [0, 1)");
		}
		this.schedule = List.copyOf(schedule);
		this.jitter = jitter;
		this.maxDelay = maxDelay;
		this.random = random;
	}

	/**
	 * The standard schedule with ±20 % jitter and at most 24 h between attempts.
	 * @param random the source of jitter
	 * @return the policy
	 */
	static RetryPolicy standard(RandomGenerator random) {
		return new RetryPolicy(STANDARD_SCHEDULE, 0.2, Duration.ofHours(24), random);
	}

	/**
	 * How many attempts a delivery gets.
	 * @return the size of the schedule
	 */
	int maxAttempts() {
		return this.schedule.size();
	}

	/**
	 * Decides what follows an attempt.
	 * @param result how the attempt ended
	 * @param attemptsMade attempts so far, this one included
	 * @param now the current time, to read a {@code Retry-After} date
	 * @return the decision
	 */
	RetryDecision decide(AttemptResult result, int attemptsMade, Instant now) {
		RetryDecision verdict = classify(result);
		if (verdict.action() != Action.RETRY) {
			return verdict;
		}
		if (attemptsMade >= this.schedule.size()) {
			return RetryDecision.stop(Action.GIVE_UP,
					verdict.reason() + "; giving up after " + attemptsMade + " attempts");
		}
		Duration delay = jittered(this.schedule.get(attemptsMade));
		if (result instanceof Response response) {
			Optional<Duration> retryAfter = retryAfter(response.retryAfter(), now);
			if (retryAfter.isPresent() && retryAfter.get().compareTo(delay) > 0) {
				delay = retryAfter.get();
			}
		}
		delay = (delay.compareTo(this.maxDelay) > 0) ? this.maxDelay : delay;
		return new RetryDecision(Action.RETRY, delay, verdict.reason());
	}

	/**
	 * Classifies an attempt without regard to the schedule: 2xx delivered; 408, 429, 5xx,
	 * timeouts and connection errors retried; 410 disables; any other answer is final.
	 * @param result how the attempt ended
	 * @return the decision, with a zero delay
	 */
	static RetryDecision classify(AttemptResult result) {
		// Java 17: no pattern matching for switch yet
		if (result instanceof Response response) {
			return classify(response.status());
		}
		if (result instanceof ConnectionError error) {
			return RetryDecision.stop(Action.RETRY, "No connection: " + error.message());
		}
		return RetryDecision.stop(Action.RETRY, "The endpoint did not answer in time");
	}

	private static RetryDecision classify(int status) {
		if (status >= 200 && status < 300) {
			return RetryDecision.stop(Action.DELIVERED, "Delivered with HTTP " + status);
		}
		if (status == 410) {
			return RetryDecision.stop(Action.DISABLE_SUBSCRIPTION, "The endpoint is gone (HTTP 410)");
		}
		if (status == 408 || status == 429 || (status >= 500 && status < 600)) {
			return RetryDecision.stop(Action.RETRY, "The endpoint answered HTTP " + status);
		}
		if (status >= 300 && status < 400) {
			return RetryDecision.stop(Action.GIVE_UP, "The endpoint redirects (HTTP " + status
					+ "); redirects are not followed, update the subscription URL");
		}
		return RetryDecision.stop(Action.GIVE_UP, "The endpoint refused the webhook (HTTP " + status + ")");
	}

	Duration jittered(Duration delay) {
		if (delay.isZero() || this.jitter == 0) {
			return delay;
		}
		double factor = 1 + this.jitter * (2 * this.random.nextDouble() - 1);
		return Duration.ofMillis(Math.round(delay.toMillis() * factor));
	}

	/**
	 * Reads {@code Retry-After}: delay seconds or an HTTP date.
	 * @param header the header value, may be {@code null}
	 * @param now the current time
	 * @return the wait it asks for, never negative; empty if absent or unreadable
	 */
	static Optional<Duration> retryAfter(String header, Instant now) {
		if (header == null || header.isBlank()) {
			return Optional.empty();
		}
		String value = header.strip();
		if (value.chars().allMatch(Character::isDigit)) {
			return (value.length() <= 9) ? Optional.of(Duration.ofSeconds(Long.parseLong(value)))
					: Optional.of(Duration.ofDays(365));
		}
		try {
			Instant date = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			return Optional.of(date.isAfter(now) ? Duration.between(now, date) : Duration.ZERO);
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
