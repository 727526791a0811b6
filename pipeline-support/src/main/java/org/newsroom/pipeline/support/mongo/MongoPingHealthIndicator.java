package org.newsroom.pipeline.support.mongo;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Reports the service's database as down when a {@code ping} does not answer within two
 * seconds. Replaces Boot's check, which needs the {@code hello} command that not every
 * wire-compatible store has, and which would hang for the driver's whole server selection
 * timeout during an outage.
 */
public class MongoPingHealthIndicator extends AbstractHealthIndicator {

	private static final long TIMEOUT_MS = 2000;

	private final MongoDatabase database;

	public MongoPingHealthIndicator(MongoDatabase database) {
		super("MongoDB health check failed");
		this.database = database;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		CompletableFuture.supplyAsync(() -> this.database.runCommand(new Document("ping", 1)))
			.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
		builder.up().withDetail("database", this.database.getName());
	}

}
