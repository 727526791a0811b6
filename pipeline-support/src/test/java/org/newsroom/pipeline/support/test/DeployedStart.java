package org.newsroom.pipeline.support.test;

import java.util.ArrayList;
import java.util.List;

import org.newsroom.pipeline.support.security.LocalSecretsException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts a service's application in the test JVM as a deployment would: with its own
 * configuration only, outside local mode and without the test infrastructure.
 */
public final class DeployedStart {

	/** What every service says of the users its {@code application.yml} ships. */
	private static final List<String> SHIPPED_USERS = List.of(
			"pipeline.security.users[0].password (PIPELINE_SECURITY_USERS_0_PASSWORD) is a {noop} plain-text"
					+ " password of user 'operator'",
			"pipeline.security.users[1].password (PIPELINE_SECURITY_USERS_1_PASSWORD) is a {noop} plain-text"
					+ " password of user 'viewer'");

	private DeployedStart() {
	}

	/**
	 * Asserts that the application refuses to start with the secrets it ships, and that
	 * its log names the shipped users and the given settings.
	 * @param application the service's {@code @SpringBootApplication} class
	 * @param output the test's captured output
	 * @param settings what the log says of the service's own shipped secrets
	 */
	public static void assertRefusesShippedSecrets(Class<?> application, CapturedOutput output, String... settings) {
		assertThat(failure(application)).isInstanceOf(LocalSecretsException.class);
		List<String> named = new ArrayList<>(SHIPPED_USERS);
		named.addAll(List.of(settings));
		assertThat(output).contains("APPLICATION FAILED TO START").contains(named);
	}

	/**
	 * Runs the application, which should refuse to start.
	 * @param application the service's {@code @SpringBootApplication} class
	 * @param arguments more program arguments, such as {@code --name=value}
	 * @return why it did not start
	 * @throws AssertionError if it started
	 */
	public static Throwable failure(Class<?> application, String... arguments) {
		List<String> all = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off"));
		all.addAll(List.of(arguments));
		try (ConfigurableApplicationContext context = new SpringApplication(application)
			.run(all.toArray(String[]::new))) {
			throw new AssertionError(application.getSimpleName() + " started outside local mode");
		}
		catch (RuntimeException ex) {
			return ex;
		}
	}

}
