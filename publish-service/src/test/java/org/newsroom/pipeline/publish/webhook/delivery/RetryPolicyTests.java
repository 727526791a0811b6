package org.newsroom.pipeline.publish.webhook.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.newsroom.pipeline.publish.webhook.delivery.AttemptResult.ConnectionError;
import org.newsroom.pipeline.publish.webhook.delivery.AttemptResult.Response;
import org.newsroom.pipeline.publish.webhook.delivery.AttemptResult.Timeout;
import org.newsroom.pipeline.publish.webhook.delivery.RetryDecision.Action;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTests {

	private static final Instant NOW = Instant.parse("2024-11-22T05:00:00Z");

	private final RetryPolicy noJitter = new RetryPolicy(RetryPolicy.STANDARD_SCHEDULE, 0, Duration.ofHours(24),
			new Random(1));

	@Test
	void followsTheStandardWebhooksScheduleAndThenGivesUp() {
		List<Duration> delays = new ArrayList<>();
		int attempts = 1;
		RetryDecision decision = this.noJitter.decide(new Response(503), attempts, NOW);
		while (decision.action() == Action.RETRY) {
			delays.add(decision.delay());
			decision = this.noJitter.decide(new Response(503), ++attempts, NOW);
		}

		assertThat(delays).containsExactly(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30),
				Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(10));
		assertThat(decision.action()).isEqualTo(Action.GIVE_UP);
		assertThat(decision.reason()).contains("HTTP 503").contains("after 8 attempts");
	}

	@Test
	void spreadsRetriesByTheJitterAndNoMore() {
		RetryPolicy policy = RetryPolicy.standard(new Random(42));

		List<Duration> delays = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			delays.add(policy.decide(new Timeout(), 2, NOW).delay());
		}

		assertThat(delays)
			.allSatisfy((delay) -> assertThat(delay).isBetween(Duration.ofMinutes(4), Duration.ofMinutes(6)));
		assertThat(delays.stream().distinct().count()).isGreaterThan(100);
	}

	@Test
	void usesAConfiguredSchedule() {
		RetryPolicy policy = new RetryPolicy(List.of(Duration.ZERO, Duration.ofSeconds(1)), 0, Duration.ofHours(1),
				new Random(1));

		assertThat(policy.maxAttempts()).isEqualTo(2);
		assertThat(policy.decide(new Timeout(), 1, NOW).delay()).isEqualTo(Duration.ofSeconds(1));
		assertThat(policy.decide(new Timeout(), 2, NOW).action()).isEqualTo(Action.GIVE_UP);
	}

	@ParameterizedTest
	@ValueSource(ints = { 200, 201, 202, 204, 299 })
	void countsEverySuccessStatusAsDelivered(int status) {
		assertThat(this.noJitter.decide(new Response(status), 1, NOW).action()).isEqualTo(Action.DELIVERED);
	}

	@ParameterizedTest
	@ValueSource(ints = { 408, 429, 500, 502, 503, 504 })
	void retriesTransientStatuses(int status) {
		assertThat(this.noJitter.decide(new Response(status), 1, NOW).action()).isEqualTo(Action.RETRY);
	}

	@Test
	void retriesTimeoutsAndConnectionErrors() {
		assertThat(this.noJitter.decide(new Timeout(), 1, NOW).action()).isEqualTo(Action.RETRY);
		RetryDecision refused = this.noJitter.decide(new ConnectionError("Connection refused"), 1, NOW);
		assertThat(refused.action()).isEqualTo(Action.RETRY);
		assertThat(refused.reason()).contains("Connection refused");
	}

	@Test
	void disablesTheSubscriptionWhenTheEndpointIsGone() {
		RetryDecision decision = this.noJitter.decide(new Response(410), 1, NOW);

		assertThat(decision.action()).isEqualTo(Action.DISABLE_SUBSCRIPTION);
	}

	@ParameterizedTest
	@ValueSource(ints = { 400, 401, 403, 404, 405, 413, 422, 301, 302 })
	void givesUpAtOnceOnOtherClientErrorsAndRedirects(int status) {
		RetryDecision decision = this.noJitter.decide(new Response(status), 1, NOW);

		assertThat(decision.action()).isEqualTo(Action.GIVE_UP);
		assertThat(decision.reason()).contains("HTTP " + status);
	}

	@Test
	void waitsAsLongAsRetryAfterSecondsAskWhenThatIsLonger() {
		assertThat(this.noJitter.decide(new Response(429, "120"), 1, NOW).delay()).isEqualTo(Duration.ofSeconds(120));
		assertThat(this.noJitter.decide(new Response(429, "1"), 3, NOW).delay()).isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void readsRetryAfterAsAnHttpDate() {
		RetryDecision decision = this.noJitter.decide(new Response(503, "Fri, 22 Nov 2024 06:00:00 GMT"), 1, NOW);

		assertThat(decision.delay()).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void capsRetryAfterAtTheLongestWait() {
		assertThat(this.noJitter.decide(new Response(503, "999999999999"), 1, NOW).delay())
			.isEqualTo(Duration.ofHours(24));
		assertThat(this.noJitter.decide(new Response(503, "Wed, 01 Jan 2031 00:00:00 GMT"), 1, NOW).delay())
			.isEqualTo(Duration.ofHours(24));
	}

	@Test
	void ignoresAnUnreadableRetryAfter() {
		assertThat(this.noJitter.decide(new Response(503, "soon"), 1, NOW).delay()).isEqualTo(Duration.ofSeconds(5));
		assertThat(this.noJitter.decide(new Response(503, "-5"), 1, NOW).delay()).isEqualTo(Duration.ofSeconds(5));
	}

}
