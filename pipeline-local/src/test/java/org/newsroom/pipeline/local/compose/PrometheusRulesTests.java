package org.newsroom.pipeline.local.compose;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The alert rules docker-compose's Prometheus loads: parsed here, and checked and unit
 * tested by Prometheus' own {@code promtool} where it is installed (Debian package
 * {@code prometheus}; {@code .ci/run} installs it).
 */
class PrometheusRulesTests {

	/** The alerts docs/operations.md recommends; each must be in the file. */
	private static final List<String> RECOMMENDED = List.of("PipelineConsumerLagHigh", "PipelineConsumerLagGrowing",
			"PipelineDeadLetters", "PipelineCmsRecordsRejected", "PipelineWebhookDeliveriesFailed",
			"PipelineWebhookCircuitOpen", "PipelineItemsStuck", "PipelineEmbargoOverdue", "PipelineListenerFailing",
			"PipelineEndToEndSlow", "PipelineLoginFailures", "PipelineWebhookOutboxGrowing", "PipelineInstanceDown");

	private static Path prometheus;

	private static List<Map<String, Object>> rules;

	@BeforeAll
	@SuppressWarnings("unchecked")
	static void readRules() throws IOException {
		prometheus = RepositoryRoot.find().resolve("docker/prometheus");
		Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions()))
			.load(Files.readString(prometheus.resolve("alerts.yml")));
		rules = ((List<Map<String, Object>>) root.get("groups")).stream()
			.flatMap((group) -> ((List<Map<String, Object>>) group.get("rules")).stream())
			.toList();
	}

	@Test
	@SuppressWarnings("unchecked")
	void holdsEveryRecommendedAlertWithASeverityAndASummary() {
		assertThat(rules).extracting((rule) -> rule.get("alert")).containsAll(RECOMMENDED).doesNotHaveDuplicates();
		assertThat(rules).allSatisfy((rule) -> {
			assertThat(rule.get("expr")).as("expr of %s", rule.get("alert")).isNotNull();
			assertThat((Map<String, Object>) rule.get("labels")).as("labels of %s", rule.get("alert"))
				.containsKey("severity");
			assertThat((Map<String, Object>) rule.get("annotations")).as("annotations of %s", rule.get("alert"))
				.containsKey("summary");
		});
	}

	@Test
	void isLoadedByTheComposePrometheus() throws IOException {
		assertThat(Files.readString(prometheus.resolve("prometheus.yml"))).contains("/etc/prometheus/alerts.yml");
		assertThat(Files.readString(prometheus.resolveSibling("../docker-compose.yml").normalize()))
			.contains("./docker/prometheus/alerts.yml:/etc/prometheus/alerts.yml:ro");
	}

	@Test
	void passesPromtoolsCheckAndItsUnitTestsOfTheAlerts(@TempDir Path copy) throws Exception {
		assumeThat(promtool()).as("promtool (Debian package prometheus) on the PATH").isNotNull();
		assertThat(run(prometheus, "check", "rules", "alerts.yml")).contains("SUCCESS");
		assertThat(run(prometheus, "test", "rules", "alerts.test.yml")).contains("SUCCESS");
		Files.copy(prometheus.resolve("alerts.yml"), copy.resolve("alerts.yml"));
		Files.writeString(copy.resolve("prometheus.yml"), Files.readString(prometheus.resolve("prometheus.yml"))
			.replace("/etc/prometheus/alerts.yml", copy.resolve("alerts.yml").toString()));
		assertThat(run(copy, "check", "config", "prometheus.yml")).contains("SUCCESS");
	}

	private static String run(Path dir, String... args) throws IOException, InterruptedException {
		List<String> command = Stream.concat(Stream.of(promtool().toString()), Stream.of(args)).toList();
		Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("promtool finished").isTrue();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.exitValue()).as("promtool %s%n%s", String.join(" ", args), output).isZero();
		return output;
	}

	private static Path promtool() {
		return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
			.map((dir) -> Path.of(dir, "promtool"))
			.filter(Files::isExecutable)
			.findFirst()
			.orElse(null);
	}

}
