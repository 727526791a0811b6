package org.newsroom.pipeline.local.services;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the chosen services as child JVMs, waits for them, and stops them; it restarts
 * nothing on its own so that a crash stays visible.
 */
public final class Supervisor implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(Supervisor.class);

	private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

	private final List<ServiceSpec> skipped = new ArrayList<>();

	private final ServiceJars jars;

	private final ServiceEnvironment environment;

	/**
	 * Prepares the services whose jars exist; the others are skipped with a warning.
	 * @param wanted the services to run, each with its HTTP port
	 * @param jars where the jars are
	 * @param environment what every service gets
	 */
	public Supervisor(Map<ServiceSpec, Integer> wanted, ServiceJars jars, ServiceEnvironment environment) {
		this.jars = jars;
		this.environment = environment;
		wanted.forEach((spec, port) -> jars.find(spec)
			.ifPresentOrElse((jar) -> this.services.put(spec.name(), new ServiceProcess(spec, port, jar, environment)),
					() -> {
						logger.warn("Skipping {}: no jar in {}; build it with ./mvnw -B package -DskipTests",
								spec.module(), jars.expectedLocation(spec));
						this.skipped.add(spec);
					}));
	}

	/**
	 * Starts every service at once, then waits until each is ready.
	 * @throws IOException if a service does not become ready
	 */
	public void startAll() throws IOException {
		for (ServiceProcess service : this.services.values()) {
			service.launch();
		}
		for (ServiceProcess service : this.services.values()) {
			service.awaitReady();
		}
	}

	/**
	 * Starts one more instance of a running service in the same consumer group, e.g. to
	 * scale out, and waits until it is ready.
	 * @param name short name, e.g. {@code enrich}
	 * @param port the new instance's HTTP port
	 * @return the new instance, named e.g. {@code enrich-2}
	 * @throws IOException if the service has no jar or the instance does not become ready
	 */
	public synchronized ServiceProcess startInstance(String name, int port) throws IOException {
		ServiceSpec spec = ServiceSpec.named(name)
			.orElseThrow(() -> new IllegalArgumentException("Unknown service '" + name + "'"));
		Path jar = this.jars.find(spec)
			.orElseThrow(
					() -> new IOException("No jar of " + spec.module() + " in " + this.jars.expectedLocation(spec)));
		int number = 2;
		while (this.services.containsKey(name + "-" + number)) {
			number++;
		}
		ServiceProcess instance = new ServiceProcess(spec, name + "-" + number, port, jar, this.environment);
		this.services.put(instance.name(), instance);
		instance.start();
		return instance;
	}

	/** Stops the services, the entry point first so nothing new flows in. */
	public void stopAll() {
		List<ServiceProcess> reverse = new ArrayList<>(this.services.values());
		Collections.reverse(reverse);
		reverse.forEach(ServiceProcess::stop);
	}

	/**
	 * A running (or crashed) service.
	 * @param name short name, e.g. {@code enrich}, or the name of a further instance such
	 * as {@code enrich-2}
	 * @return the service, empty if it was not started
	 */
	public Optional<ServiceProcess> get(String name) {
		return Optional.ofNullable(this.services.get(name));
	}

	/**
	 * The services under supervision, in start order.
	 * @return the services
	 */
	public List<ServiceProcess> services() {
		return List.copyOf(this.services.values());
	}

	/**
	 * The services that were wanted but had no jar.
	 * @return the skipped services
	 */
	public List<ServiceSpec> skipped() {
		return List.copyOf(this.skipped);
	}

	@Override
	public void close() {
		stopAll();
	}

}
