package org.newsroom.pipeline.local.services;

import java.util.List;
import java.util.Optional;

/**
 * One pipeline service as the launcher knows it: its short name, Maven module, own
 * database and default HTTP port.
 *
 * @param name short name used on the command line, e.g. {@code ingest}
 * @param module the Maven module whose repackaged jar runs, e.g. {@code ingest-service}
 * @param database the service's own MongoDB database
 * @param defaultPort the HTTP port it listens on by default
 */
public record ServiceSpec(String name, String module, String database, int defaultPort) {

	/** The CMS ingress. */
	public static final ServiceSpec INGEST = new ServiceSpec("ingest", "ingest-service", "ingest", 8081);

	/** Metadata enrichment. */
	public static final ServiceSpec ENRICH = new ServiceSpec("enrich", "enrich-service", "enrich", 8082);

	/** Feeds, podcasts, webhooks and the content API. */
	public static final ServiceSpec PUBLISH = new ServiceSpec("publish", "publish-service", "publish", 8083);

	/** The operator console. */
	public static final ServiceSpec CONSOLE = new ServiceSpec("console", "pipeline-console", "console", 8080);

	/** Every service, in start order: downstream first so nothing produced is missed. */
	public static final List<ServiceSpec> ALL = List.of(CONSOLE, PUBLISH, ENRICH, INGEST);

	/**
	 * The service with a short name.
	 * @param name e.g. {@code publish}
	 * @return the service, or empty if no service has that name
	 */
	public static Optional<ServiceSpec> named(String name) {
		return ALL.stream().filter((spec) -> spec.name().equals(name)).findFirst();
	}

}
