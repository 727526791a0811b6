package org.newsroom.pipeline.local.services;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What every service child JVM gets: where Kafka and MongoDB are, how much heap, where
 * logs go.
 *
 * @param bootstrapServers Kafka bootstrap servers
 * @param mongoUri MongoDB connection string without a database
 * @param maxHeap {@code -Xmx} of each service, e.g. {@code 256m}
 * @param logsDir folder of {@code <service>.log}
 * @param startTimeout how long a service may take to become ready
 * @param extraArguments more program arguments by service short name
 */
public record ServiceEnvironment(String bootstrapServers, String mongoUri, String maxHeap, Path logsDir,
		Duration startTimeout, Map<String, List<String>> extraArguments) {

	public ServiceEnvironment {
		extraArguments = (extraArguments != null) ? Map.copyOf(extraArguments) : Map.of();
	}

	/**
	 * The extra program arguments of one service.
	 * @param name short name, e.g. {@code publish}
	 * @return the arguments, often none
	 */
	public List<String> extraArguments(String name) {
		return this.extraArguments.getOrDefault(name, List.of());
	}

}
