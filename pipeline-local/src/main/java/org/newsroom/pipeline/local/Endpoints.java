package org.newsroom.pipeline.local;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.newsroom.pipeline.local.store.MongoUris;

/**
 * Where the parts of a running local stack answer.
 *
 * @param bootstrapServers Kafka bootstrap servers
 * @param mongoUri MongoDB connection string without a database
 * @param services HTTP root of each running service by short name ({@code ingest},
 * {@code enrich}, {@code publish}, {@code console}), in start order
 * @param logsDir folder of the child processes' logs
 */
public record Endpoints(String bootstrapServers, String mongoUri, Map<String, URI> services, Path logsDir) {

	/** Bearer token of the HTTP ingress in the local stack. */
	public static final String LOCAL_CMS_TOKEN = "local-cms-token";

	/** Login and password of the local operator, who may act. */
	public static final String LOCAL_OPERATOR = "operator";

	/** Login and password of the local viewer, who may only look. */
	public static final String LOCAL_VIEWER = "viewer";

	public Endpoints {
		services = Map.copyOf(services);
	}

	/**
	 * The HTTP root of a service.
	 * @param name short name, e.g. {@code publish}
	 * @return e.g. {@code http://localhost:8083}, empty if the service does not run
	 */
	public Optional<URI> service(String name) {
		return Optional.ofNullable(this.services.get(name));
	}

	/**
	 * The connection string of a service's own database.
	 * @param database e.g. {@code publish}
	 * @return e.g. {@code mongodb://localhost:27017/publish}
	 */
	public String mongoUri(String database) {
		return MongoUris.withDatabase(this.mongoUri, database);
	}

}
