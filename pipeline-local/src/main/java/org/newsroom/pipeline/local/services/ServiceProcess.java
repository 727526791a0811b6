package org.newsroom.pipeline.local.services;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.newsroom.pipeline.local.process.ChildProcess;
import org.newsroom.pipeline.local.process.JavaCommand;
import org.newsroom.pipeline.local.process.Readiness;
import org.newsroom.pipeline.local.store.MongoUris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One service running from its executable jar as a child JVM; tests may kill and start it
 * again.
 */
public final class ServiceProcess {

	private static final Logger logger = LoggerFactory.getLogger(ServiceProcess.class);

	private static final Duration STOP_GRACE = Duration.ofSeconds(30);

	/**
	 * The property that lets a service start with the secrets its {@code application.yml}
	 * ships ({@code LocalSecrets} in pipeline-support).
	 */
	public static final String LOCAL_MODE = "pipeline.local-mode";

	/**
	 * Webhook targets a newcomer runs on the same machine: publish refuses loopback
	 * targets everywhere else.
	 */
	public static final String LOCAL_WEBHOOK_TARGETS = "127.0.0.0/8,::1/128";

	/**
	 * Settings the local stack gives a service unless the launcher is given the same
	 * setting, by service short name.
	 */
	static final Map<String, List<String>> LOCAL_DEFAULTS = Map.of("publish",
			List.of("--publish.webhooks.allowed-cidrs=" + LOCAL_WEBHOOK_TARGETS));

	/** Settings only the launcher sets, each with the launcher's flag for it. */
	public static final Map<String, String> LAUNCHER_SETTINGS = Map.of("server.port", "the service's default port",
			"spring.kafka.bootstrap-servers", "--kafka=host:port", "spring.mongodb.uri", "--mongodb=uri",
			"spring.application.name", "the module's name", LOCAL_MODE,
			"the launcher, which always runs in local mode");

	private final ServiceSpec spec;

	private final String name;

	private final int port;

	private final ServiceEnvironment environment;

	private final ChildProcess process;

	private final HealthProbe probe = new HealthProbe();

	private final Path builtJar;

	private final Path runningJar;

	ServiceProcess(ServiceSpec spec, int port, Path jar, ServiceEnvironment environment) {
		this(spec, spec.name(), port, jar, environment);
	}

	/**
	 * One instance of a service; a second instance of the same service has its own name,
	 * log and jar copy.
	 */
	ServiceProcess(ServiceSpec spec, String name, int port, Path jar, ServiceEnvironment environment) {
		this.spec = spec;
		this.name = name;
		this.port = port;
		this.environment = environment;
		this.builtJar = jar;
		String jarName = name.equals(spec.name()) ? spec.module()
				: spec.module() + name.substring(spec.name().length());
		this.runningJar = environment.logsDir().resolveSibling("jars").resolve(jarName + ".jar");
		this.process = new ChildProcess(name, command(this.runningJar), environment.logsDir().resolve(name + ".log"));
	}

	/**
	 * The arguments the service gets: Spring Boot properties as {@code --name=value}.
	 * Local mode lets the service start with the secrets shipped for the local stack,
	 * which it refuses anywhere else.
	 * @return the program arguments
	 */
	List<String> arguments() {
		List<String> arguments = new ArrayList<>(List.of("--spring.application.name=" + this.spec.module(),
				"--server.port=" + this.port, "--spring.kafka.bootstrap-servers=" + this.environment.bootstrapServers(),
				"--spring.mongodb.uri=" + MongoUris.withDatabase(this.environment.mongoUri(), this.spec.database()),
				"--management.endpoint.health.probes.enabled=true", "--" + LOCAL_MODE + "=true"));
		List<String> extra = this.environment.extraArguments(this.spec.name());
		// A setting given to the launcher replaces the local default instead of adding to
		// it.
		LOCAL_DEFAULTS.getOrDefault(this.spec.name(), List.of())
			.stream()
			.filter((setting) -> extra.stream()
				.noneMatch((arg) -> arg.startsWith(setting.substring(0, setting.indexOf('=') + 1))))
			.forEach(arguments::add);
		arguments.addAll(extra);
		return arguments;
	}

	/** Starts the JVM without waiting for it; see {@link #awaitReady()}. */
	void launch() throws IOException {
		if (!this.process.isAlive()) {
			// A copy, because a rebuild replacing the jar under a running JVM breaks its
			// class loading.
			Files.createDirectories(this.runningJar.getParent());
			Files.copy(this.builtJar, this.runningJar, StandardCopyOption.REPLACE_EXISTING);
		}
		this.process.start();
	}

	/**
	 * Starts the service (again) and waits until it is ready.
	 * @throws IOException if it does not become ready in time
	 */
	public void start() throws IOException {
		launch();
		awaitReady();
	}

	/**
	 * Waits until the service reports readiness.
	 * @throws IOException if it stops or does not become ready in time
	 */
	public void awaitReady() throws IOException {
		try {
			Readiness.await(this.spec.module(), this.environment.startTimeout(),
					() -> this.probe.check(baseUrl()).isStarted(), this.process::isAlive);
		}
		catch (IOException ex) {
			throw new IOException(ex.getMessage() + "; last lines of " + this.process.logFile() + ":"
					+ System.lineSeparator() + this.process.logTail(30), ex);
		}
		logger.info("{} is ready on {} (log: {})", this.spec.module(), baseUrl(), this.process.logFile());
	}

	/** Stops the service cleanly (SIGTERM, then SIGKILL after a grace period). */
	public void stop() {
		this.process.stop(STOP_GRACE);
	}

	/** Kills the service at once (SIGKILL), as a crash would. */
	public void kill() {
		this.process.kill();
	}

	/**
	 * Whether the JVM runs.
	 * @return {@code true} while alive
	 */
	public boolean isRunning() {
		return this.process.isAlive();
	}

	/**
	 * The name of this instance.
	 * @return the service's short name, or e.g. {@code enrich-2} for a second instance
	 */
	public String name() {
		return this.name;
	}

	/**
	 * The service.
	 * @return its description
	 */
	public ServiceSpec spec() {
		return this.spec;
	}

	/**
	 * The service's HTTP root.
	 * @return e.g. {@code http://localhost:8081}
	 */
	public URI baseUrl() {
		return URI.create("http://localhost:" + this.port);
	}

	/**
	 * The service's log file.
	 * @return the path
	 */
	public Path logFile() {
		return this.process.logFile();
	}

	private List<String> command(Path jar) {
		List<String> command = new ArrayList<>();
		command.add(JavaCommand.javaExecutable());
		command.add("-Xmx" + this.environment.maxHeap());
		command.add("-XX:+UseSerialGC");
		command.add("-jar");
		command.add(jar.toAbsolutePath().toString());
		command.addAll(arguments());
		return command;
	}

}
