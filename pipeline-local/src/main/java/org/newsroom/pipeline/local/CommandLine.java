package org.newsroom.pipeline.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.newsroom.pipeline.local.demo.DemoSubscriber;
import org.newsroom.pipeline.local.services.ServiceProcess;
import org.newsroom.pipeline.local.services.ServiceSpec;

/**
 * Reads the launcher's flags into {@link LocalOptions}.
 */
final class CommandLine {

	static final String USAGE = """
			Usage: java -jar pipeline-local/target/pipeline-local-<version>.jar [flags]
			  --kafka=host:port       use this Kafka broker, start none
			  --mongodb=uri           use this MongoDB, start no embedded store
			  --no-demo               do not replay the sample CMS events on first start
			  --data=dir              data folder (default ./.pipeline-local)
			  --services=a,b          subset of ingest,enrich,publish,console (default all)
			  --kafka-port=9092       client port of the embedded broker
			  --mongodb-port=27017    preferred port of the embedded MongoDB
			  --heap=256m             -Xmx of each service
			  --project=dir           checkout holding the service modules (default: detected)
			  --demo-subscriber-port=8099
			                          port of the webhook subscriber to try webhooks with
			  --no-demo-subscriber    start no webhook subscriber
			  --ingest.*=… --enrich.*=… --publish.*=… --console.*=…
			                          a setting of that service, passed to it as given
			  --spring.*=… --pipeline.*=… --logging.*=… --management.*=…
			                          a setting of every service, passed as given
			""";

	private static final String NO_DEMO_SUBSCRIBER = "--no-demo-subscriber";

	private static final String DEMO_SUBSCRIBER_PORT = "--demo-subscriber-port=";

	/** Prefixes of settings that belong to one service: the service's short name. */
	private static final List<String> SERVICE_PREFIXES = ServiceSpec.ALL.stream().map(ServiceSpec::name).toList();

	/** Prefixes of settings every service shares. */
	private static final List<String> SHARED_PREFIXES = List.of("spring", "pipeline", "logging", "management");

	private CommandLine() {
	}

	static LocalOptions parse(List<String> args) {
		LocalOptions options = LocalOptions.defaults();
		for (String arg : args) {
			if (!arg.equals(NO_DEMO_SUBSCRIBER) && !arg.startsWith(DEMO_SUBSCRIBER_PORT)) {
				options = apply(options, arg);
			}
		}
		return options;
	}

	/**
	 * The port of the demo webhook subscriber the launcher starts beside the stack.
	 * @param args command-line flags
	 * @return the port, empty with {@code --no-demo-subscriber}
	 */
	static OptionalInt demoSubscriberPort(List<String> args) {
		OptionalInt port = OptionalInt.of(DemoSubscriber.DEFAULT_PORT);
		for (String arg : args) {
			if (arg.equals(NO_DEMO_SUBSCRIBER)) {
				return OptionalInt.empty();
			}
			if (arg.startsWith(DEMO_SUBSCRIBER_PORT)) {
				port = OptionalInt.of(Integer.parseInt(arg.substring(DEMO_SUBSCRIBER_PORT.length())));
			}
		}
		return port;
	}

	private static LocalOptions apply(LocalOptions o, String arg) {
		if (arg.equals("--no-demo")) {
			return o.withDemo(false);
		}
		Flags.Flag flag = Flags.flag(arg);
		String value = flag.value();
		String name = flag.name();
		String prefix = (name.indexOf('.') > 0) ? name.substring(0, name.indexOf('.')) : "";
		if (ServiceProcess.LAUNCHER_SETTINGS.containsKey(name)) {
			throw new IllegalArgumentException("--" + name + " is the launcher's to set; use "
					+ ServiceProcess.LAUNCHER_SETTINGS.get(name) + " instead");
		}
		if (SERVICE_PREFIXES.contains(prefix)) {
			return o.withServiceArgument(prefix, arg);
		}
		if (SHARED_PREFIXES.contains(prefix)) {
			LocalOptions all = o;
			for (String service : SERVICE_PREFIXES) {
				all = all.withServiceArgument(service, arg);
			}
			return all;
		}
		return switch (name) {
			case "kafka" -> new LocalOptions(value, o.externalMongoUri(), o.demo(), o.dataDir(), o.projectRoot(),
					o.services(), o.kafkaPort(), o.controllerPort(), o.mongoPort(), o.serviceHeap(),
					o.serviceStartTimeout(), o.serviceArguments());
			case "mongodb" -> new LocalOptions(o.externalKafka(), value, o.demo(), o.dataDir(), o.projectRoot(),
					o.services(), o.kafkaPort(), o.controllerPort(), o.mongoPort(), o.serviceHeap(),
					o.serviceStartTimeout(), o.serviceArguments());
			case "data" -> o.withDataDir(Path.of(value));
			case "services" -> o.withPorts(o.kafkaPort(), o.controllerPort(), o.mongoPort(), services(value));
			case "kafka-port" -> o.withPorts(Integer.parseInt(value), o.controllerPort(), o.mongoPort(), o.services());
			case "mongodb-port" ->
				o.withPorts(o.kafkaPort(), o.controllerPort(), Integer.parseInt(value), o.services());
			case "heap" -> new LocalOptions(o.externalKafka(), o.externalMongoUri(), o.demo(), o.dataDir(),
					o.projectRoot(), o.services(), o.kafkaPort(), o.controllerPort(), o.mongoPort(), value,
					o.serviceStartTimeout(), o.serviceArguments());
			case "project" -> new LocalOptions(o.externalKafka(), o.externalMongoUri(), o.demo(), o.dataDir(),
					Path.of(value), o.services(), o.kafkaPort(), o.controllerPort(), o.mongoPort(), o.serviceHeap(),
					o.serviceStartTimeout(), o.serviceArguments());
			default -> throw new IllegalArgumentException("Unknown argument: " + arg);
		};
	}

	private static Map<ServiceSpec, Integer> services(String names) {
		List<ServiceSpec> specs = new ArrayList<>();
		for (String name : names.split(",")) {
			if (!name.isBlank()) {
				specs.add(ServiceSpec.named(name.trim())
					.orElseThrow(() -> new IllegalArgumentException(
							"Unknown service '" + name + "'; choose from ingest, enrich, publish, console")));
			}
		}
		return LocalOptions.defaultPorts(specs);
	}

}
