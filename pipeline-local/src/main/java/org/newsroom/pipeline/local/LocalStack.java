package org.newsroom.pipeline.local;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.newsroom.pipeline.local.broker.BrokerSettings;
import org.newsroom.pipeline.local.broker.KafkaBroker;
import org.newsroom.pipeline.local.demo.DemoCms;
import org.newsroom.pipeline.local.process.Readiness;
import org.newsroom.pipeline.local.services.ServiceEnvironment;
import org.newsroom.pipeline.local.services.ServiceJars;
import org.newsroom.pipeline.local.services.ServiceProcess;
import org.newsroom.pipeline.local.services.Supervisor;
import org.newsroom.pipeline.local.store.EmbeddedMongo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running local stack: broker, store, services and demo, started in that order and
 * stopped in reverse; end-to-end tests start one with {@link #start(LocalOptions)}.
 */
public final class LocalStack implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(LocalStack.class);

	private final LocalOptions options;

	private KafkaBroker broker;

	private EmbeddedMongo store;

	private Supervisor supervisor;

	private int demoRecords;

	private boolean closed;

	private LocalStack(LocalOptions options) {
		this.options = options;
	}

	/**
	 * Starts everything the options ask for and waits until it is ready; on failure,
	 * whatever was started is stopped again.
	 * @param options what to run
	 * @return the running stack
	 * @throws IOException if a part does not come up
	 */
	public static LocalStack start(LocalOptions options) throws IOException {
		LocalStack stack = new LocalStack(options);
		try {
			stack.startAll();
			return stack;
		}
		catch (IOException | RuntimeException ex) {
			stack.close();
			throw ex;
		}
	}

	private void startAll() throws IOException {
		Path data = this.options.dataDir();
		String bootstrapServers = startBroker(data);
		String mongoUri = startStore(data);
		ServiceEnvironment environment = new ServiceEnvironment(bootstrapServers, mongoUri, this.options.serviceHeap(),
				logsDir(), this.options.serviceStartTimeout(), this.options.serviceArguments());
		if (this.options.demo()) {
			// Before the services: ingest then sees the samples as a CMS backlog, like
			// after an outage.
			this.demoRecords = new DemoCms(bootstrapServers, data).replayOnFirstStart();
		}
		this.supervisor = new Supervisor(this.options.services(), new ServiceJars(this.options.projectRoot()),
				environment);
		this.supervisor.startAll();
	}

	private String startBroker(Path data) throws IOException {
		if (this.options.usesExternalKafka()) {
			return this.options.externalKafka();
		}
		this.broker = new KafkaBroker(BrokerSettings.of(data.resolve("kafka"), logsDir().resolve("kafka.log"),
				this.options.kafkaPort(), this.options.controllerPort()));
		this.broker.start();
		return this.broker.bootstrapServers();
	}

	private String startStore(Path data) throws IOException {
		if (this.options.usesExternalMongo()) {
			return this.options.externalMongoUri();
		}
		this.store = new EmbeddedMongo(data.resolve("mongo").resolve("pipeline.mv"), this.options.mongoPort());
		this.store.start();
		return this.store.uri();
	}

	/**
	 * Where everything answers.
	 * @return the endpoints of the running parts
	 */
	public Endpoints endpoints() {
		Map<String, URI> services = new LinkedHashMap<>();
		this.supervisor.services().forEach((service) -> services.put(service.name(), service.baseUrl()));
		String bootstrapServers = (this.broker != null) ? this.broker.bootstrapServers() : this.options.externalKafka();
		String mongoUri = (this.store != null) ? this.store.uri() : this.options.externalMongoUri();
		return new Endpoints(bootstrapServers, mongoUri, services, logsDir());
	}

	/**
	 * A service, to crash ({@link ServiceProcess#kill()}) and restart
	 * ({@link ServiceProcess#start()}) it.
	 * @param name short name, e.g. {@code enrich}
	 * @return the service, empty if it does not run
	 */
	public Optional<ServiceProcess> service(String name) {
		return (this.supervisor != null) ? this.supervisor.get(name) : Optional.empty();
	}

	/**
	 * Starts one more instance of a running service on a free port, in the same consumer
	 * group, to scale out; {@link #close()} stops it with the others.
	 * @param name short name, e.g. {@code enrich}
	 * @return the new instance, reachable as {@code service("enrich-2")}
	 * @throws IOException if it does not become ready
	 */
	public ServiceProcess startInstance(String name) throws IOException {
		return this.supervisor.startInstance(name, Readiness.freePort());
	}

	/**
	 * The embedded broker.
	 * @return the broker, empty with an external one
	 */
	public Optional<KafkaBroker> broker() {
		return Optional.ofNullable(this.broker);
	}

	/**
	 * The embedded store.
	 * @return the store, empty with an external MongoDB
	 */
	public Optional<EmbeddedMongo> store() {
		return Optional.ofNullable(this.store);
	}

	/**
	 * How many sample events this start replayed.
	 * @return 0 if the demo is off or ran before on this data folder
	 */
	public int demoRecords() {
		return this.demoRecords;
	}

	/** Stops the services, then the broker, then the store. */
	@Override
	public synchronized void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		logger.info("Stopping the local stack");
		if (this.supervisor != null) {
			this.supervisor.stopAll();
		}
		if (this.broker != null) {
			this.broker.stop();
		}
		if (this.store != null) {
			this.store.stop();
		}
		logger.info("Local stack stopped");
	}

	private Path logsDir() {
		return this.options.dataDir().resolve("logs");
	}

}
