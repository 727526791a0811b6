package org.newsroom.pipeline.local.broker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.newsroom.pipeline.local.process.ChildProcess;
import org.newsroom.pipeline.local.process.JavaCommand;
import org.newsroom.pipeline.local.process.Readiness;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Apache Kafka's own server in KRaft mode, run as a child JVM from the launcher's
 * classpath; its data survives restarts.
 */
public final class KafkaBroker implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(KafkaBroker.class);

	private static final Duration STOP_GRACE = Duration.ofSeconds(30);

	private final BrokerSettings settings;

	private final JavaCommand java;

	private ChildProcess process;

	/**
	 * A broker that is not started yet.
	 * @param settings ports and folders
	 */
	public KafkaBroker(BrokerSettings settings) {
		this.settings = settings;
		this.java = JavaCommand.current();
	}

	/**
	 * Formats the storage on first use, starts the broker and waits until it answers.
	 * @throws IOException if the broker does not come up
	 */
	public synchronized void start() throws IOException {
		if (isRunning()) {
			return;
		}
		if (Readiness.isListening(this.settings.port())) {
			throw new IOException("Port " + this.settings.port() + " is taken; is another Kafka running? "
					+ "Use it with --kafka=localhost:" + this.settings.port() + " or choose --kafka-port");
		}
		Path config = ServerProperties.write(this.settings);
		formatIfNeeded(config);
		this.process = new ChildProcess("kafka", command("kafka.Kafka", List.of(config.toString())),
				this.settings.logFile());
		this.process.start();
		awaitReady();
		logger.info("Kafka broker is up on {} (log: {})", bootstrapServers(), this.settings.logFile());
	}

	/** Stops the broker cleanly (controlled shutdown). */
	public synchronized void stop() {
		if (this.process != null) {
			this.process.stop(STOP_GRACE);
		}
	}

	/** Kills the broker like a crash would. */
	public synchronized void kill() {
		if (this.process != null) {
			this.process.kill();
		}
	}

	/**
	 * Whether the broker process runs.
	 * @return {@code true} while it is alive
	 */
	public boolean isRunning() {
		return this.process != null && this.process.isAlive();
	}

	/**
	 * The bootstrap servers clients use.
	 * @return {@code localhost:<port>}
	 */
	public String bootstrapServers() {
		return this.settings.bootstrapServers();
	}

	@Override
	public void close() {
		stop();
	}

	private void formatIfNeeded(Path config) throws IOException {
		if (Files.exists(ServerProperties.logDir(this.settings).resolve("meta.properties"))) {
			return;
		}
		List<String> args = List.of("format", "--standalone", "-t", Uuid.randomUuid().toString(), "-c",
				config.toString());
		ChildProcess format = new ChildProcess("kafka-storage-format", command("kafka.tools.StorageTool", args),
				this.settings.logFile());
		int exitCode = format.runToCompletion(Duration.ofMinutes(2));
		if (exitCode != 0) {
			throw new IOException("Formatting Kafka storage failed (exit " + exitCode + "):" + System.lineSeparator()
					+ format.logTail(20));
		}
	}

	private List<String> command(String mainClass, List<String> args) {
		List<String> jvmOptions = List.of("-Xms64m", "-Xmx" + this.settings.maxHeap(), "-XX:+UseSerialGC",
				"-Djava.awt.headless=true");
		return this.java.command(jvmOptions, mainClass, args);
	}

	private void awaitReady() throws IOException {
		try {
			Readiness.await("Kafka broker", this.settings.startTimeout(),
					() -> Readiness.isListening(this.settings.port()) && answers(), this.process::isAlive);
		}
		catch (IOException ex) {
			throw new IOException(ex.getMessage() + "; last lines of " + this.settings.logFile() + ":"
					+ System.lineSeparator() + this.process.logTail(30), ex);
		}
	}

	private boolean answers() {
		Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
				3000);
		try (Admin admin = Admin.create(config)) {
			return !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty();
		}
		catch (ExecutionException | TimeoutException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
