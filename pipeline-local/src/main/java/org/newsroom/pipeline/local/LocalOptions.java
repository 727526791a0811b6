package org.newsroom.pipeline.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsroom.pipeline.local.broker.BrokerSettings;
import org.newsroom.pipeline.local.process.Readiness;
import org.newsroom.pipeline.local.services.ServiceSpec;
import org.newsroom.pipeline.local.store.EmbeddedMongo;

/**
 * How to run the local stack; {@link #defaults()} is what {@code LocalPipeline} runs
 * without flags.
 *
 * @param externalKafka bootstrap servers of a broker to use instead of starting one, or
 * {@code null}
 * @param externalMongoUri a MongoDB to use instead of the embedded store, or {@code null}
 * @param demo whether to replay the sample events on first start
 * @param dataDir where the broker, the store and the logs keep their files
 * @param projectRoot the checkout holding the service modules and their jars
 * @param services the services to run, each with its HTTP port, in start order
 * @param kafkaPort the embedded broker's client port
 * @param controllerPort the embedded broker's controller port
 * @param mongoPort the embedded store's preferred port
 * @param serviceHeap {@code -Xmx} of each service
 * @param serviceStartTimeout how long a service may take to become ready
 * @param serviceArguments extra program arguments by service short name, e.g. a
 * {@code --publish.webhooks.allowed-cidrs=127.0.0.0/8} for publish in tests
 */
public record LocalOptions(String externalKafka, String externalMongoUri, boolean demo, Path dataDir, Path projectRoot,
		Map<ServiceSpec, Integer> services, int kafkaPort, int controllerPort, int mongoPort, String serviceHeap,
		Duration serviceStartTimeout, Map<String, List<String>> serviceArguments) {

	/** Default data folder, relative to the working directory. */
	public static final Path DEFAULT_DATA_DIR = Path.of(".pipeline-local");

	public LocalOptions {
		services = orderedCopy(services);
		serviceArguments = (serviceArguments != null) ? Map.copyOf(serviceArguments) : Map.of();
	}

	/**
	 * Options without extra service arguments.
	 * @param externalKafka bootstrap servers of a broker to use, or {@code null}
	 * @param externalMongoUri a MongoDB to use, or {@code null}
	 * @param demo whether to replay the sample events on first start
	 * @param dataDir where the broker, the store and the logs keep their files
	 * @param projectRoot the checkout holding the service modules and their jars
	 * @param services the services to run, each with its HTTP port
	 * @param kafkaPort the embedded broker's client port
	 * @param controllerPort the embedded broker's controller port
	 * @param mongoPort the embedded store's preferred port
	 * @param serviceHeap {@code -Xmx} of each service
	 * @param serviceStartTimeout how long a service may take to become ready
	 */
	public LocalOptions(String externalKafka, String externalMongoUri, boolean demo, Path dataDir, Path projectRoot,
			Map<ServiceSpec, Integer> services, int kafkaPort, int controllerPort, int mongoPort, String serviceHeap,
			Duration serviceStartTimeout) {
		this(externalKafka, externalMongoUri, demo, dataDir, projectRoot, services, kafkaPort, controllerPort,
				mongoPort, serviceHeap, serviceStartTimeout, Map.of());
	}

	/**
	 * Every service on its default port, embedded Kafka and MongoDB, demo on.
	 * @return the defaults
	 */
	public static LocalOptions defaults() {
		return new LocalOptions(null, null, true, DEFAULT_DATA_DIR, detectProjectRoot(Path.of("")),
				defaultPorts(ServiceSpec.ALL), BrokerSettings.DEFAULT_PORT, BrokerSettings.DEFAULT_CONTROLLER_PORT,
				EmbeddedMongo.DEFAULT_PORT, "256m", Duration.ofMinutes(3));
	}

	/**
	 * Every service, with free ports for everything and its own data folder, so that an
	 * end-to-end test does not collide with a stack a developer runs.
	 * @param dataDir the test's data folder
	 * @return the options
	 * @throws IOException if no free port can be found
	 */
	public static LocalOptions isolated(Path dataDir) throws IOException {
		Iterator<Integer> free = Readiness.freePorts(ServiceSpec.ALL.size() + 3).iterator();
		Map<ServiceSpec, Integer> ports = new LinkedHashMap<>();
		for (ServiceSpec spec : ServiceSpec.ALL) {
			ports.put(spec, free.next());
		}
		return defaults().withDataDir(dataDir).withPorts(free.next(), free.next(), free.next(), ports);
	}

	/**
	 * The given services on their default ports.
	 * @param specs the services
	 * @return service to port, in start order
	 */
	public static Map<ServiceSpec, Integer> defaultPorts(List<ServiceSpec> specs) {
		Map<ServiceSpec, Integer> ports = new LinkedHashMap<>();
		specs.forEach((spec) -> ports.put(spec, spec.defaultPort()));
		return ports;
	}

	/**
	 * The project checkout: the working directory or, when started inside a module, its
	 * parent.
	 * @param workingDir where the launcher runs
	 * @return the folder that holds the service modules
	 */
	public static Path detectProjectRoot(Path workingDir) {
		Path dir = workingDir.toAbsolutePath().normalize();
		for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
			if (Files.isDirectory(candidate.resolve(ServiceSpec.INGEST.module()))) {
				return candidate;
			}
		}
		return dir;
	}

	/**
	 * Whether an external broker is used.
	 * @return {@code true} with {@code --kafka}
	 */
	public boolean usesExternalKafka() {
		return this.externalKafka != null;
	}

	/**
	 * Whether an external MongoDB is used.
	 * @return {@code true} with {@code --mongodb}
	 */
	public boolean usesExternalMongo() {
		return this.externalMongoUri != null;
	}

	/**
	 * A copy with another data folder.
	 * @param dir the folder
	 * @return the new options
	 */
	public LocalOptions withDataDir(Path dir) {
		return new LocalOptions(this.externalKafka, this.externalMongoUri, this.demo, dir, this.projectRoot,
				this.services, this.kafkaPort, this.controllerPort, this.mongoPort, this.serviceHeap,
				this.serviceStartTimeout, this.serviceArguments);
	}

	/**
	 * A copy with other ports for the broker, the store and each service, e.g. free ones
	 * in tests.
	 * @param kafka client port
	 * @param controller controller port
	 * @param mongo store port
	 * @param servicePorts HTTP port by service
	 * @return the new options
	 */
	public LocalOptions withPorts(int kafka, int controller, int mongo, Map<ServiceSpec, Integer> servicePorts) {
		return new LocalOptions(this.externalKafka, this.externalMongoUri, this.demo, this.dataDir, this.projectRoot,
				servicePorts, kafka, controller, mongo, this.serviceHeap, this.serviceStartTimeout,
				this.serviceArguments);
	}

	/**
	 * A copy that runs only some services, keeping their ports.
	 * @param names short names such as {@code ingest}
	 * @return the new options
	 */
	public LocalOptions withServices(String... names) {
		Map<ServiceSpec, Integer> chosen = new LinkedHashMap<>();
		for (String name : names) {
			ServiceSpec spec = ServiceSpec.named(name)
				.orElseThrow(() -> new IllegalArgumentException("Unknown service '" + name + "'"));
			chosen.put(spec, this.services.getOrDefault(spec, spec.defaultPort()));
		}
		return withPorts(this.kafkaPort, this.controllerPort, this.mongoPort, chosen);
	}

	/**
	 * A copy with the demo on or off.
	 * @param enabled whether to replay the samples
	 * @return the new options
	 */
	public LocalOptions withDemo(boolean enabled) {
		return new LocalOptions(this.externalKafka, this.externalMongoUri, enabled, this.dataDir, this.projectRoot,
				this.services, this.kafkaPort, this.controllerPort, this.mongoPort, this.serviceHeap,
				this.serviceStartTimeout, this.serviceArguments);
	}

	/**
	 * A copy that passes one more program argument to a service, e.g. a Spring Boot
	 * property the launcher does not set.
	 * @param name short name such as {@code publish}
	 * @param argument e.g. {@code --publish.webhooks.allowed-cidrs=127.0.0.0/8}
	 * @return the new options
	 */
	public LocalOptions withServiceArgument(String name, String argument) {
		Map<String, List<String>> arguments = new LinkedHashMap<>(this.serviceArguments);
		List<String> forService = new ArrayList<>(arguments.getOrDefault(name, List.of()));
		forService.add(argument);
		arguments.put(name, List.copyOf(forService));
		return new LocalOptions(this.externalKafka, this.externalMongoUri, this.demo, this.dataDir, this.projectRoot,
				this.services, this.kafkaPort, this.controllerPort, this.mongoPort, this.serviceHeap,
				this.serviceStartTimeout, arguments);
	}

	/**
	 * The extra program arguments of a service.
	 * @param name short name such as {@code publish}
	 * @return the arguments, empty if none were added
	 */
	public List<String> serviceArguments(String name) {
		return this.serviceArguments.getOrDefault(name, List.of());
	}

	private static Map<ServiceSpec, Integer> orderedCopy(Map<ServiceSpec, Integer> services) {
		Map<ServiceSpec, Integer> ordered = new LinkedHashMap<>();
		ServiceSpec.ALL.stream().filter(services::containsKey).forEach((spec) -> ordered.put(spec, services.get(spec)));
		return Collections.unmodifiableMap(ordered);
	}

}
