package org.newsroom.pipeline.publish;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.bson.Document;

import org.newsroom.pipeline.support.mongo.ReportingLease;
import org.springframework.stereotype.Component;

/**
 * Gauges of counts every publish instance sees alike, such as the open outbox entries:
 * only the instance that holds the gauge's reporting lease reports the count, the others
 * report 0, so a dashboard's sum over instances is the count once.
 */
@Component
public class SharedGauges {

	/**
	 * How long one scrape holds a gauge's lease: longer than a scrape interval (15 s in
	 * docker-compose), so the reporter stays the same; a dead reporter's gauges hand over
	 * within this time.
	 */
	static final Duration TERM = Duration.ofSeconds(45);

	private final MeterRegistry registry;

	private final MongoCollection<Document> leases;

	private final InstanceId instance;

	private final Clock clock;

	SharedGauges(MeterRegistry registry, MongoDatabase database, InstanceId instance, Clock clock) {
		this.registry = registry;
		this.leases = database.getCollection("reporting_leases");
		this.instance = instance;
		this.clock = clock;
	}

	/**
	 * Registers a gauge of a shared count.
	 * @param name the meter name
	 * @param description what it counts
	 * @param tags its tags
	 * @param count the count, asked at each scrape of the reporting instance only
	 */
	public void register(String name, String description, Tags tags, Supplier<Number> count) {
		ReportingLease lease = new ReportingLease(this.leases, name, this.instance.value(), TERM, this.clock);
		Gauge.builder(name, () -> lease.held() ? count.get() : 0)
			.description(description + "; reported by one instance at a time, 0 on the others")
			.tags(tags)
			.register(this.registry);
	}

}
