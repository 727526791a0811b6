package org.newsroom.pipeline.support.security;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class LocalSecretsTests {

	private static final String BCRYPT = "{bcrypt}$2y$10$Ue4w1h0xS0PpG6vGm2o8ZuO1R3yVnqzvJ8dQx0pB1q4wXbF7jz0yW";

	private static final Map<String, String> SHIPPED = Map.of("pipeline.security.users[0].name", "operator",
			"pipeline.security.users[0].password", "{noop}operator", "pipeline.security.users[1].name", "viewer",
			"pipeline.security.users[1].password", BCRYPT, "ingest.http.sources[0].name", "local-cms",
			"ingest.http.sources[0].token", LocalSecrets.CMS_TOKEN, "publish.webhooks.secret-keys[0].id", "local-dev",
			"publish.webhooks.secret-keys[0].key", LocalSecrets.WEBHOOK_SECRET_KEY);

	private final ApplicationContextRunner contexts = new ApplicationContextRunner().withBean(LocalSecretsCheck.class,
			LocalSecretsCheck::new);

	@Test
	void findsNoopPasswordsTheLocalCmsTokenAndTheLocalWebhookKey() {
		assertThat(LocalSecrets.in(binder(SHIPPED))).extracting(LocalSecret::environmentVariable)
			.containsExactly("PIPELINE_SECURITY_USERS_0_PASSWORD", "INGEST_HTTP_SOURCES_0_TOKEN",
					"PUBLISH_WEBHOOKS_SECRETKEYS_0_KEY");
	}

	@Test
	void acceptsSaltedHashesAndSecretsOfTheOperatorsOwn() {
		Map<String, String> own = Map.of("pipeline.security.users[0].name", "alice",
				"pipeline.security.users[0].password", BCRYPT, "pipeline.security.users[1].name", "bob",
				"pipeline.security.users[1].password",
				"{argon2@SpringSecurity_v5_8}$argon2id$v=19$m=16384,t=2,p=1$c2FsdA$aGFzaA",
				"ingest.http.sources[0].token", "9f0c2d6e1b7a4c3f8e5d2a1b0c9f8e7d",
				"publish.webhooks.secret-keys[0].id", "2025-06", "publish.webhooks.secret-keys[0].key",
				"q3pV1m4Yt9s0bq9E3dJ2oVn3bU1m0n7HqL5k8s2Xw0c=");

		assertThat(LocalSecrets.in(binder(own))).isEmpty();
	}

	@Test
	void refusesPasswordsThatAreNotSaltedHashes() {
		Map<String, String> weak = Map.of("pipeline.security.users[0].name", "plain",
				"pipeline.security.users[0].password", "s3cret", "pipeline.security.users[1].name", "md5",
				"pipeline.security.users[1].password", "{MD5}5ebe2294ecd0e0f08eab7690d2a6ee69",
				"pipeline.security.users[2].name", "empty", "pipeline.security.users[2].password", "");

		assertThat(LocalSecrets.in(binder(weak))).extracting(LocalSecret::problem)
			.containsExactly("has no {id} prefix of user 'plain', so it is no hash",
					"is a {MD5} password of user 'md5', not a salted hash such as {bcrypt}",
					"is empty of user 'empty'");
	}

	@Test
	void refusesToStartOutsideLocalModeNamingEverySettingAndItsFix() {
		this.contexts.withPropertyValues(properties(SHIPPED))
			.withPropertyValues("spring.application.name=ingest-service")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).isInstanceOf(LocalSecretsException.class);
				FailureAnalysis analysis = new LocalSecretsFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("ingest-service runs outside the local stack",
						"pipeline.local-mode is not true",
						"pipeline.security.users[0].password (PIPELINE_SECURITY_USERS_0_PASSWORD) is a {noop} plain-text"
								+ " password of user 'operator'",
						"ingest.http.sources[0].token (INGEST_HTTP_SOURCES_0_TOKEN) is the local token of the demo CMS",
						"publish.webhooks.secret-keys[0].key (PUBLISH_WEBHOOKS_SECRETKEYS_0_KEY) is the local"
								+ " development key")
					.doesNotContain("users[1]", "{noop}operator", LocalSecrets.WEBHOOK_SECRET_KEY);
				assertThat(analysis.getAction()).contains("htpasswd -bnBC 10", "openssl rand -hex 32",
						"openssl rand -base64 32", "docs/deploy.md");
			});
	}

	@Test
	void startsWithTheShippedSecretsInLocalMode() {
		this.contexts.withPropertyValues(properties(SHIPPED))
			.withPropertyValues("pipeline.local-mode=true")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void startsOutsideLocalModeWithoutShippedSecrets() {
		this.contexts
			.withPropertyValues("pipeline.security.users[0].name=alice",
					"pipeline.security.users[0].password=" + BCRYPT)
			.run((context) -> assertThat(context).hasNotFailed());
	}

	private static Binder binder(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties));
	}

	private static String[] properties(Map<String, String> properties) {
		return properties.entrySet().stream().map((e) -> e.getKey() + "=" + e.getValue()).toArray(String[]::new);
	}

}
