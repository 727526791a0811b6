package org.newsroom.pipeline.local.e2e;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsroom.pipeline.local.demo.DemoSubscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The README's webhook example, run as written with bash and curl against the local stack
 * and the launcher's demo subscriber; only the ports are those of the test's stack.
 */
@ExtendWith(SampleTrafficExtension.class)
class ReadmeWebhookEndToEndTests {

	private static final Pattern SHELL = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);

	@TempDir
	static Path logs;

	static SampleTrafficStack traffic;

	static DemoSubscriber subscriber;

	@BeforeAll
	static void startTheDemoSubscriber(SampleTrafficStack stack) throws IOException {
		traffic = stack;
		subscriber = DemoSubscriber.start(0, logs.resolve("demo-subscriber.log"));
	}

	@AfterAll
	static void stopTheDemoSubscriber() {
		if (subscriber != null) {
			subscriber.close();
		}
	}

	@Test
	void deliversTheReadmesEventToTheReadmesSubscriptionSignedAndVerified() throws Exception {
		List<String> blocks = shellBlocks(Files.readString(Path.of("..", "README.md")));
		String subscribe = blocks.stream().filter((b) -> b.contains("/api/v1/subscriptions")).findFirst().orElseThrow();
		String send = blocks.stream().filter((b) -> b.contains("/api/v1/events")).findFirst().orElseThrow();
		String list = blocks.stream()
			.filter((b) -> b.startsWith("curl -s http://127.0.0.1:8099/hooks"))
			.findFirst()
			.orElseThrow();

		assertThat(bash(subscribe)).isEmpty();
		assertThat(bash(send)).contains("202");

		await().atMost(Duration.ofMinutes(2))
			.until(() -> bash(list).lines()
				.anyMatch(
						(line) -> line.contains(" news content.published my-other-id:1:published signature verified")));
		assertThat(Files.readString(logs.resolve("demo-subscriber.log")))
			.contains("news content.published my-other-id:1:published signature verified");
		assertThat(subscriber.received()).noneMatch((line) -> line.contains("DOES NOT VERIFY"));
	}

	private static List<String> shellBlocks(String readme) {
		List<String> blocks = new ArrayList<>();
		Matcher matcher = SHELL.matcher(readme);
		while (matcher.find()) {
			blocks.add(matcher.group(1));
		}
		return blocks;
	}

	/** Runs a README block with the test stack's ports for the default ones. */
	private static String bash(String script) throws IOException, InterruptedException {
		String local = script.replace("http://localhost:8083", base("publish"))
			.replace("http://localhost:8081", base("ingest"))
			.replace("http://127.0.0.1:8099/hooks", subscriber.url().toString());
		Process process = new ProcessBuilder("bash", "-euo", "pipefail", "-c", local).redirectErrorStream(true).start();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("README block did not finish: " + script);
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.exitValue()).as("exit of %s%n%s", script, output).isZero();
		return output;
	}

	private static String base(String service) {
		URI uri = traffic.endpoints().service(service).orElseThrow();
		return uri.toString().replaceAll("/$", "");
	}

}
