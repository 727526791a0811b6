package org.newsroom.pipeline.local.broker;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where and how the local Kafka broker runs.
 *
 * @param dataDir folder for {@code server.properties} and the partition logs
 * @param logFile where the broker's output goes
 * @param port the PLAINTEXT port clients use
 * @param controllerPort the KRaft controller port
 * @param maxHeap the broker's {@code -Xmx}, e.g. {@code 512m}
 * @param startTimeout how long the broker may take to answer
 */
public record BrokerSettings(Path dataDir, Path logFile, int port, int controllerPort, String maxHeap,
		Duration startTimeout) {

	/** Default client port. */
	public static final int DEFAULT_PORT = 9092;

	/** Default controller port. */
	public static final int DEFAULT_CONTROLLER_PORT = 9093;

	/**
	 * Defaults for a data folder of the local stack.
	 * @param dataDir folder for the broker's files
	 * @param logFile where the broker's output goes
	 * @param port the client port
	 * @param controllerPort the controller port
	 * @return the settings
	 */
	public static BrokerSettings of(Path dataDir, Path logFile, int port, int controllerPort) {
		return new BrokerSettings(dataDir, logFile, port, controllerPort, "512m", Duration.ofSeconds(90));
	}

	/**
	 * The bootstrap servers clients use.
	 * @return {@code localhost:<port>}
	 */
	public String bootstrapServers() {
		return "localhost:" + this.port;
	}

}
