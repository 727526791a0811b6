package org.newsroom.pipeline.local.compose;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks {@code docker-compose.yml} without a Docker engine: pinned images, unique host
 * ports, health checks, start order, environment variables that bind to real properties
 * of each service, and secrets that only come from the environment.
 */
class DockerComposeFileTests {

	private static final List<String> PIPELINE_SERVICES = List.of("ingest-service", "enrich-service", "publish-service",
			"pipeline-console");

	private static final List<String> INFRASTRUCTURE = List.of("kafka", "mongo");

	/** Variables whose value is a secret, by their name. */
	private static final Pattern SECRET = Pattern.compile(".*(PASSWORD|TOKEN|_KEY)");

	/**
	 * A value that is one required variable: Compose stops with the message when it is
	 * unset or empty.
	 */
	private static final Pattern REQUIRED = Pattern.compile("\\$\\{[A-Z][A-Z0-9_]*:\\?[^}]+}");

	private static Path repository;

	private static ComposeFile compose;

	private static EnvironmentBindings bindings;

	@BeforeAll
	static void readComposeFile() throws IOException {
		repository = RepositoryRoot.find();
		compose = ComposeFile.load(repository.resolve("docker-compose.yml"));
		bindings = new EnvironmentBindings(repository);
	}

	@Test
	void runsTheWholePipelineWithItsInfrastructureAndMonitoring() {
		assertThat(compose.services()).containsKeys("kafka", "mongo", "prometheus", "grafana");
		assertThat(compose.builtServices()).containsOnlyKeys(PIPELINE_SERVICES);
		compose.builtServices().forEach((name, service) -> assertThat(service.module()).as(name).isEqualTo(name));
	}

	@Test
	void pinsEveryImageToAVersion() {
		compose.services().forEach((name, service) -> {
			if (!service.isBuilt()) {
				assertThat(ImageReference.tagOf(service.image())).as("tag of %s", name)
					.isNotBlank()
					.isNotEqualTo("latest");
			}
		});
		assertThat(compose.services().get("kafka").image()).isEqualTo("apache/kafka:4.1.2");
		assertThat(compose.services().get("mongo").image()).startsWith("mongo:8.0.");
	}

	@Test
	void publishesEachHostPortOnce() {
		Map<Integer, List<String>> users = new HashMap<>();
		compose.services()
			.forEach((name, service) -> service.hostPorts()
				.forEach((port) -> users.computeIfAbsent(port, (p) -> new ArrayList<>()).add(name)));
		users.forEach((port, services) -> assertThat(services).as("services publishing port %d", port).hasSize(1));
		assertThat(users).containsKeys(8080, 8081, 8083, 9090, 3000);
	}

	@Test
	void givesEveryServiceAHealthCheck() {
		compose.services().forEach((name, service) -> {
			assertThat(service.healthcheck()).as("health check of %s", name).containsKey("test");
			assertThat(service.healthcheck().get("disable")).as("health check of %s", name).isNotEqualTo(true);
		});
		compose.builtServices()
			.forEach((name, service) -> assertThat(service.healthcheck().get("test").toString()).as(name)
				.contains("/actuator/health/readiness"));
	}

	@Test
	void startsPipelineServicesOnlyOnceKafkaAndMongoAreHealthy() {
		compose.builtServices()
			.forEach((name, service) -> assertThat(service.dependsOn()).as("depends_on of %s", name)
				.containsAllEntriesOf(Map.of("kafka", "service_healthy", "mongo", "service_healthy")));
		compose.services().forEach((name, service) -> service.dependsOn().forEach((dependency, condition) -> {
			if (INFRASTRUCTURE.contains(dependency)) {
				assertThat(condition).as("%s waiting for %s", name, dependency).isEqualTo("service_healthy");
			}
		}));
	}

	@Test
	void bindsEveryEnvironmentVariableToAPropertyOfItsService() {
		compose.builtServices()
			.forEach((name, service) -> assertThat(bindings.unbound(service, service.module()))
				.as("environment variables of %s that bind to nothing", name)
				.isEmpty());
	}

	@Test
	void configuresKafkaMongoAndUsersOfEveryServiceThroughTheEnvironment() {
		compose.builtServices()
			.forEach((name, service) -> assertThat(service.environmentNames()).as(name)
				.contains("SPRING_KAFKA_BOOTSTRAPSERVERS", "SPRING_MONGODB_URI", "PIPELINE_SECURITY_USERS_0_NAME",
						"PIPELINE_SECURITY_USERS_0_PASSWORD", "LOGGING_STRUCTURED_FORMAT_CONSOLE"));
		assertThat(compose.services().get("publish-service").environmentNames()).contains("PUBLISH_BASEURL");
		assertThat(compose.services().get("pipeline-console").environmentNames())
			.contains("CONSOLE_LINKS_PUBLISHBASEURL");
	}

	@Test
	void takesEverySecretFromAVariableThatComposeRequires() {
		Map<String, String> secrets = new LinkedHashMap<>();
		compose.services().forEach((name, service) -> service.environment().forEach((variable, value) -> {
			if (SECRET.matcher(variable).matches()) {
				secrets.put(name + " " + variable, value);
			}
		}));

		assertThat(secrets).containsKeys("ingest-service INGEST_HTTP_SOURCES_0_TOKEN",
				"publish-service PUBLISH_WEBHOOKS_SECRETKEYS_0_KEY", "grafana GF_SECURITY_ADMIN_PASSWORD");
		PIPELINE_SERVICES.forEach((name) -> assertThat(secrets)
			.containsKeys(name + " PIPELINE_SECURITY_USERS_0_PASSWORD", name + " PIPELINE_SECURITY_USERS_1_PASSWORD"));
		secrets.forEach((setting, value) -> assertThat(value).as(setting).matches(REQUIRED));
	}

	@Test
	void shipsNoneOfTheSecretsOfTheLocalStack() throws IOException {
		String file = Files.readString(repository.resolve("docker-compose.yml"));
		List<String> shipped = List.copyOf(ShippedSecrets.of(repository, PIPELINE_SERVICES));

		assertThat(shipped).contains("{noop}operator", "{noop}viewer", "local-cms-token").hasSize(4);
		assertThat(file).doesNotContain(shipped).doesNotContain("{noop}");
	}

	@Test
	void buildsEveryServiceFromADockerfileAndModuleThatExist() {
		compose.builtServices().forEach((name, service) -> {
			Path context = repository.resolve(service.build().getOrDefault("context", ".").toString()).normalize();
			Object dockerfile = service.build().getOrDefault("dockerfile", "Dockerfile");
			assertThat(context.resolve(dockerfile.toString())).as("Dockerfile of %s", name).isRegularFile();
			assertThat(repository.resolve(service.module()).resolve("pom.xml")).as("module of %s", name)
				.isRegularFile();
		});
	}

	@Test
	void mountsOnlyFilesThatExistInTheRepository() {
		List<String> mounted = new ArrayList<>();
		compose.services().forEach((name, service) -> {
			Object volumes = service.definition().get("volumes");
			if (volumes instanceof List<?> list) {
				list.stream().map(Object::toString).filter((volume) -> volume.startsWith("./")).forEach(mounted::add);
			}
		});
		assertThat(mounted).isNotEmpty();
		mounted
			.forEach((volume) -> assertThat(repository.resolve(volume.split(":")[0]).normalize()).as(volume).exists());
	}

	@Test
	void rejectsEnvironmentVariablesThatBindToNothing() {
		ComposeService service = ComposeFile.parse("""
				services:
				  ingest-service:
				    build: {context: ., dockerfile: docker/Dockerfile, args: {MODULE: ingest-service}}
				    environment:
				      SPRING_KAFKA_BOOTSTRAPSERVERS: kafka:9092
				      PIPELINE_SECURITY_USERS_0_NAME: operator
				      INGEST_HTTP_SOURCES_0_TOKEN: secret
				      SPRING_KAFKA_PRODUCER_PROPERTIES_LINGER_MS: "5"
				      SPRING_KAFKA_BOOTSTRAPSERVER: kafka:9092
				      PIPELINE_SECURITY_USERS_0_NAM: operator
				      INGEST_HTTP_SOURCES_TOKEN: secret
				      PUBLISH_BASEURL: http://localhost:8083
				      SPRING_DATA_MONGODB_URI: mongodb://mongo:27017/ingest
				""").services().get("ingest-service");

		assertThat(bindings.unbound(service, "ingest-service")).containsExactly(
				"SPRING_KAFKA_BOOTSTRAPSERVER (spring.kafka.bootstrapserver)",
				"PIPELINE_SECURITY_USERS_0_NAM (pipeline.security.users[0].nam)",
				"INGEST_HTTP_SOURCES_TOKEN (ingest.http.sources.token)", "PUBLISH_BASEURL (publish.baseurl)",
				"SPRING_DATA_MONGODB_URI (spring.data.mongodb.uri)");
	}

	@Test
	void mapsEnvironmentVariablesAsSpringBootsRelaxedBindingDoes() {
		assertThat(PropertyPath.fromEnvironment("PIPELINE_SECURITY_USERS_0_NAME"))
			.hasToString("pipeline.security.users[0].name");
		assertThat(PropertyPath.fromEnvironment("SPRING_KAFKA_BOOTSTRAPSERVERS"))
			.hasToString("spring.kafka.bootstrapservers");
		assertThat(PropertyPath.canonical("spring.kafka.bootstrap-servers")).isEqualTo("spring.kafka.bootstrapservers");
	}

	@Test
	void scrapesEveryPipelineServiceWithPrometheus() throws IOException {
		String prometheus = Files.readString(repository.resolve("docker/prometheus/prometheus.yml"));
		PIPELINE_SERVICES.forEach((service) -> assertThat(prometheus).as("scrape config").contains(service));
		assertThat(prometheus).contains("/actuator/prometheus");
	}

	@Test
	void chartsEveryPipelineMetricOnTheGrafanaDashboard() throws IOException {
		String dashboard = Files.readString(repository.resolve("docker/grafana/dashboards/newsroom-pipeline.json"));
		assertThat(dashboard).contains("Newsroom pipeline", "pipeline_stage_events_total",
				"pipeline_stage_processing_seconds_bucket", "pipeline_end_to_end_latency_seconds_bucket",
				"pipeline_consumer_lag", "pipeline_channel_deliveries_total", "pipeline_channel_outbox_pending",
				"pipeline_channel_circuit", "jvm_memory_used_bytes");
	}

}
