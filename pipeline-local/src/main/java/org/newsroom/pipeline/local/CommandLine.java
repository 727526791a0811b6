package org.newsroom.pipeline.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
			""";

	private CommandLine() {
	}

	static LocalOptions parse(List<String> args) {
		LocalOptions options = LocalOptions.defaults();
		for (String arg : args) {
			options = apply(options, arg);
		}
		return options;
	}

	private static LocalOptions apply(LocalOptions o, String arg) {
		if (arg.equals("--no-demo")) {
			return o.withDemo(false);
		}
		int equals = arg.indexOf('=');
		if (!arg.startsWith("--") || equals < 0) {
			throw new IllegalArgumentException("Unknown argument: " + arg);
		}
		String value = arg.substring(equals + 1);
		return switch (arg.substring(2, equals)) {
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
