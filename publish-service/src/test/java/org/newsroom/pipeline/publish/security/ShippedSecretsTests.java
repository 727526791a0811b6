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

	private static final String OPERATOR = "pipeline.security.users[0].password (PIPELINE_SECURITY_USERS_0_PASSWORD)"
			+ " is a {noop} plain-text password of user 'operator'";

	@Test
	void refusesToStartWithTheShippedSecretsOutsideLocalMode(CapturedOutput output) {
		DeployedStart.assertRefusesShippedSecrets(PublishApplication.class, output);
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
			.contains("APPLICATION FAILED TO START", OPERATOR,
					"Only the local stack in pipeline-local runs with pipeline.local-mode=true")
			.doesNotContain("MongoClient with metadata", "Kafka version");
	}

}
