package org.newsroom.pipeline.support.mongo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.support.kafka.RoundTripApplication;
import org.newsroom.pipeline.support.test.PipelineIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one store: exactly one reports at a time, and the other takes over
 * once the reporter stops asking.
 */
@SpringBootTest(classes = RoundTripApplication.class)
@PipelineIntegrationTest
class ReportingLeaseTests {

	private static final Duration TERM = Duration.ofSeconds(30);

	@Autowired
	MongoDatabase database;

	private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T10:00:00Z"));

	@Test
	void letsExactlyOneInstanceReportAndHandsOverWhenItStopsAsking() {
		MongoCollection<Document> leases = this.database.getCollection("leases-" + UUID.randomUUID());
		ReportingLease first = lease(leases, "publish-a");
		ReportingLease second = lease(leases, "publish-b");

		assertThat(first.held()).isTrue();
		assertThat(second.held()).isFalse();
		this.now.set(this.now.get().plusSeconds(20));
		assertThat(first.held()).as("the holder renews its lease").isTrue();
		this.now.set(this.now.get().plusSeconds(20));
		assertThat(second.held()).as("the renewed lease still runs").isFalse();

		this.now.set(this.now.get().plus(TERM).plusSeconds(1));
		assertThat(second.held()).as("the first stopped asking; the second takes over").isTrue();
		assertThat(first.held()).isFalse();
	}

	private ReportingLease lease(MongoCollection<Document> leases, String holder) {
		Clock clock = new Clock() {
			@Override
			public ZoneOffset getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(java.time.ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return ReportingLeaseTests.this.now.get();
			}
		};
		return new ReportingLease(leases, "outbox-pending", holder, TERM, clock);
	}

}
