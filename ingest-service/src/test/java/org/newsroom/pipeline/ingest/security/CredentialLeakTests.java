package org.newsroom.pipeline.ingest.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.newsroom.pipeline.contract.audit.AuditAction;
import org.newsroom.pipeline.contract.audit.AuditOutcome;
import org.newsroom.pipeline.contract.audit.AuditRecord;
import org.newsroom.pipeline.support.config.PipelineProperties;
import org.newsroom.pipeline.support.test.KafkaTestClient;
import org.newsroom.pipeline.support.test.PipelineIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The CMS token and the users' passwords stay out of the log and the audit trail, whether
 * a call is accepted or refused, and out of the actuator; each refused one is on the
 * audit trail. Declared like {@code IngestTestSupport} (which is package-private in
 * another package) so both share one cached context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@PipelineIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class CredentialLeakTests {

	private static final String CMS_TOKEN = "local-cms-token";

	private static final String WRONG_TOKEN = "wrong-token-7f3a9c";

	private static final String WRONG_PASSWORD = "wrong-password-51d2e8";

	/**
	 * The configured passwords equal the user names, so look for the stored and sent
	 * forms.
	 */
	private static final List<String> SECRETS = List.of(CMS_TOKEN, WRONG_TOKEN, WRONG_PASSWORD, "{noop}",
			basic("operator:operator"), basic("viewer:viewer"), basic("operator:" + WRONG_PASSWORD));

	@LocalServerPort
	int port;

	@Autowired
	PipelineProperties properties;

	KafkaTestClient kafka;

	@Autowired
	MongoDatabase database;

	@Autowired
	LoggingSystem loggingSystem;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void logEverythingThePipelineSays() {
		this.loggingSystem.setLogLevel("org.newsroom.pipeline", LogLevel.TRACE);
	}

	@AfterEach
	void restoreLogLevels() {
		this.loggingSystem.setLogLevel("org.newsroom.pipeline", null);
	}

	@Test
	void keepsTokensAndPasswordsOutOfTheLogOnAcceptedAndRefusedCalls(CapturedOutput output) throws Exception {
		assertThat(ingress("Bearer " + CMS_TOKEN, event("my-leak-1", "Angenommen")).statusCode()).isEqualTo(202);
		assertThat(ingress("Bearer " + WRONG_TOKEN, event("my-leak-2", "Falscher Schlüssel")).statusCode())
			.isEqualTo(401);
		assertThat(ingress(null, event("my-leak-3", "Ohne Schlüssel")).statusCode()).isEqualTo(401);
		assertThat(ingress("Bearer " + CMS_TOKEN, "{\"specversion\":\"1.0\"}").statusCode()).isEqualTo(400);
		assertThat(ingress("Basic " + basic("operator:" + WRONG_PASSWORD), event("my-leak-4", "Passwort")).statusCode())
			.isEqualTo(401);
		assertThat(call("/actuator/metrics", "operator:" + WRONG_PASSWORD).statusCode()).isEqualTo(401);
		assertThat(call("/actuator/metrics", "viewer:viewer").statusCode()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.database.getCollection("items").find(Filters.eq("_id", "my-leak-1")).first() != null);

		List<AuditRecord> audit = this.kafka.auditUntil(this.properties.topics().audit(),
				(records) -> failedLogins(records, "operator") >= 2 && failedLogins(records, "CMS token") >= 2,
				Duration.ofSeconds(30));
		assertThat(audit).filteredOn((r) -> r.action() == AuditAction.LOGIN_FAILED)
			.allSatisfy((r) -> assertThat(r.outcome()).isEqualTo(AuditOutcome.DENIED))
			.allSatisfy((r) -> assertThat(r.service()).isEqualTo("ingest"));

		assertThat(output.getAll()).contains("my-leak-1");
		for (String secret : SECRETS) {
			assertThat(output.getAll()).as("the log").doesNotContain(secret);
			assertThat(audit.toString()).as("the audit trail").doesNotContain(secret);
		}
	}

	private static long failedLogins(List<AuditRecord> records, String actor) {
		return records.stream()
			.filter((r) -> r.action() == AuditAction.LOGIN_FAILED && actor.equals(r.actor()))
			.count();
	}

	@Test
	void keepsTheActuatorFromShowingConfiguredSecrets() throws Exception {
		for (String path : List.of("/actuator/env", "/actuator/configprops", "/actuator/env/ingest.http.sources")) {
			HttpResponse<String> response = call(path, "operator:operator");
			assertThat(response.statusCode()).as(path).isIn(404, 200);
			for (String secret : SECRETS) {
				assertThat(response.body()).as(path).doesNotContain(secret);
			}
		}
	}

	private HttpResponse<String> ingress(String authorization, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/events"))
			.header("Content-Type", "application/cloudevents+json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> call(String path, String credentials) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(uri(path))
			.header("Authorization", "Basic " + basic(credentials))
			.GET()
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String event(String contentId, String headline) {
		return "{\"specversion\":\"1.0\",\"id\":\"evt-" + contentId + "\",\"source\":\"cms://newsroom/local\","
				+ "\"type\":\"news.content.published\",\"subject\":\"" + contentId + "\","
				+ "\"datacontenttype\":\"application/json\",\"data\":{\"contentId\":\"" + contentId
				+ "\",\"kind\":\"article\",\"revision\":1,\"headline\":\"" + headline + "\",\"section\":\"test\"}}";
	}

	private static String basic(String credentials) {
		return Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
	}

}
