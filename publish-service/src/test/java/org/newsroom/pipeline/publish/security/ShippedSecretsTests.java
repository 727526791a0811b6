package org.newsroom.pipeline.publish.security;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.newsroom.pipeline.publish.PublishApplication;
import org.newsroom.pipeline.support.test.DeployedStart;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outside the local stack the service does not start with the secrets its
 * {@code application.yml} ships, and says which settings to change.
 */
@ExtendWith(OutputCaptureExtension.class)
class ShippedSecretsTests {

	private static final String WEBHOOK_KEY = "publish.webhooks.secret-keys[0].key (PUBLISH_WEBHOOKS_SECRETKEYS_0_KEY)"
			+ " is the local development key (id 'local-dev')";

	@Test
	void refusesToStartWithTheShippedSecretsOutsideLocalMode(CapturedOutput output) {
		DeployedStart.assertRefusesShippedSecrets(PublishApplication.class, output, WEBHOOK_KEY);
	}

	@Test
	void exitsNonZeroWithTheReasonBeforeReachingKafkaOrMongo(@TempDir Path logs) throws Exception {
		File log = logs.resolve("publish.log").toFile();
		Process publish = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), PublishApplication.class.getName(), "--server.port=0")
			.redirectErrorStream(true)
			.redirectOutput(log)
			.start();
		boolean exited = publish.waitFor(2, TimeUnit.MINUTES);
		publish.destroyForcibly();

		assertThat(exited).as("publish exited").isTrue();
		assertThat(publish.exitValue()).isNotZero();
		assertThat(Files.readString(log.toPath()))
			.contains("APPLICATION FAILED TO START", WEBHOOK_KEY,
					"Only the local stack in pipeline-local runs with pipeline.local-mode=true")
			.doesNotContain("MongoClient with metadata", "Kafka version");
	}

}
