package org.newsroom.pipeline.local.services;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What every service child JVM gets: where Kafka and MongoDB are, how much heap, where
 * logs go.
 *
 * @param bootstrapServers Kafka bootstrap servers
 * @param mongoUri MongoDB connection string without a database
 * @param maxHeap {@code -Xmx} of each service, e.g. {@code 256m}
 * @param logsDir folder of {@code <service>.log}
 * @param startTimeout how long a service may take to become ready
 */
public record ServiceEnvironment(String bootstrapServers, String mongoUri, String maxHeap, Path logsDir,
		Duration startTimeout) {

}
