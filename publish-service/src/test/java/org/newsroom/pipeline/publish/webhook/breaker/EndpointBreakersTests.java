package org.newsroom.pipeline.publish.webhook.breaker;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import io.github.resilience4j.circuitbreaker.CircuitBreaker.State;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.publish.webhook.WebhookProperties;

import static org.assertj.core.api.Assertions.assertThat;

class EndpointBreakersTests {

	private static final URI DOWN = URI.create("https://down.example.com/hook");

	private static final URI UP = URI.create("https://up.example.com:8443/hook");

	private final MutableClock clock = new MutableClock(Instant.parse("2024-11-22T05:00:00Z"));

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final EndpointBreakers breakers = new EndpointBreakers(
			new WebhookProperties.Breaker(50, 4, 4, Duration.ofSeconds(30), 1), this.clock, this.meters);

	@Test
	void opensAfterRepeatedFailuresAndRefusesFurtherAttempts() {
		failTimes(DOWN, 4);

		assertThat(this.breakers.state(DOWN)).isEqualTo(State.OPEN);
		assertThat(this.breakers.tryAcquire(DOWN)).isFalse();
	}

	@Test
	void keepsOtherEndpointsClosed() {
		failTimes(DOWN, 4);
		succeed(UP);

		assertThat(this.breakers.tryAcquire(UP)).isTrue();
		assertThat(this.breakers.states()).containsEntry("down.example.com:443", State.OPEN)
			.containsEntry("up.example.com:8443", State.CLOSED);
		assertThat(circuit("down.example.com:443", "open")).isEqualTo(1);
		assertThat(circuit("down.example.com:443", "closed")).isZero();
		assertThat(circuit("up.example.com:8443", "closed")).isEqualTo(1);
		assertThat(this.meters.find(EndpointBreakers.CIRCUIT).gauges()).as("three states per endpoint").hasSize(6);
	}

	@Test
	void halfOpensAfterTheWaitAndClosesOnASuccessfulTrial() {
		failTimes(DOWN, 4);

		this.clock.advance(Duration.ofSeconds(29));
		assertThat(this.breakers.tryAcquire(DOWN)).isFalse();
		this.clock.advance(Duration.ofSeconds(2));
		assertThat(this.breakers.tryAcquire(DOWN)).isTrue();
		assertThat(this.breakers.state(DOWN)).isEqualTo(State.HALF_OPEN);
		assertThat(circuit("down.example.com:443", "half_open")).isEqualTo(1);
		assertThat(circuit("down.example.com:443", "open")).isZero();

		this.breakers.recordSuccess(DOWN, Duration.ofMillis(80));
		assertThat(this.breakers.state(DOWN)).isEqualTo(State.CLOSED);
	}

	@Test
	void staysClosedWhileTheEndpointAnswersEvenWithClientErrors() {
		for (int i = 0; i < 6; i++) {
			assertThat(this.breakers.tryAcquire(UP)).isTrue();
			this.breakers.recordSuccess(UP, Duration.ofMillis(20));
		}

		assertThat(this.breakers.state(UP)).isEqualTo(State.CLOSED);
	}

	@Test
	void namesEndpointsByHostAndPort() {
		assertThat(EndpointBreakers.endpoint(URI.create("http://Hooks.Example.com/a")))
			.isEqualTo("hooks.example.com:80");
		assertThat(EndpointBreakers.endpoint(URI.create("https://hooks.example.com/b")))
			.isEqualTo("hooks.example.com:443");
	}

	private double circuit(String endpoint, String state) {
		return this.meters.get(EndpointBreakers.CIRCUIT).tags("endpoint", endpoint, "state", state).gauge().value();
	}

	private void failTimes(URI url, int times) {
		for (int i = 0; i < times; i++) {
			assertThat(this.breakers.tryAcquire(url)).isTrue();
			this.breakers.recordFailure(url, Duration.ofSeconds(10), "The endpoint did not answer in time");
		}
	}

	private void succeed(URI url) {
		assertThat(this.breakers.tryAcquire(url)).isTrue();
		this.breakers.recordSuccess(url, Duration.ofMillis(30));
	}

	/** A clock the test moves, so the open wait passes without sleeping. */
	static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
