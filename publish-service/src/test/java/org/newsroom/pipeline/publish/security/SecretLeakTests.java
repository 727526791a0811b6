package org.newsroom.pipeline.publish.security;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.newsroom.pipeline.contract.audit.AuditAction;
import org.newsroom.pipeline.contract.audit.AuditOutcome;
import org.newsroom.pipeline.contract.audit.AuditRecord;
import org.newsroom.pipeline.publish.support.PublishServiceTestBase;
import org.newsroom.pipeline.publish.support.TestEvents;
import org.newsroom.pipeline.support.test.webhook.StandardWebhooksVerifier;
import org.newsroom.pipeline.support.test.webhook.WebhookReceiver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Webhook signing secrets are shown once, in the answer that creates or rotates them, and
 * nowhere else: not in a log line at any level of the pipeline's own loggers, not in
 * lineage, not in the audit trail, not in a read of the subscriptions API.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretLeakTests extends PublishServiceTestBase {

	private static final String PIPELINE_LOGGERS = "org.newsroom.pipeline";

	@Autowired
	LoggingSystem loggingSystem;

	@BeforeEach
	void logEverythingThePipelineSays() {
		this.loggingSystem.setLogLevel(PIPELINE_LOGGERS, LogLevel.TRACE);
	}

	@AfterEach
	void restoreLogLevels() {
		this.loggingSystem.setLogLevel(PIPELINE_LOGGERS, null);
	}

	@Test
	void keepsWebhookSecretsOutOfLogsLineageAndSubscriptionReads(CapturedOutput output) throws Exception {
		try (WebhookReceiver receiver = WebhookReceiver.failingFirst(1, 500)) {
			JsonNode created = subscribe(receiver, "secret-desk", "content.published");
			String id = created.get("subscription").get("id").asString();
			List<String> secrets = new ArrayList<>(List.of(created.get("secret").asString()));
			secrets.add(rotate(id));
			secrets.add(rotate(id));

			send(TestEvents.article("secret-1", 1, "secret-desk", "Geheimnisse bleiben geheim", null));
			receiver.awaitDeliveries(2, WAIT);
			assertThat(new StandardWebhooksVerifier(secrets.get(2)).verifies(receiver.deliveries().get(1))).isTrue();

			assertThat(secrets).allSatisfy((secret) -> assertThat(secret).startsWith("whsec_"));
			assertNoSecretIn(get("/api/v1/subscriptions", OPERATOR), secrets);
			assertNoSecretIn(get("/api/v1/subscriptions/" + id, OPERATOR), secrets);
			assertNoSecretIn(get("/api/v1/subscriptions/" + id, VIEWER), secrets);
			assertThat(output.getAll()).contains(id).doesNotContain("whsec_");
			String lineage = lineageUntil((events) -> events.stream()
				.anyMatch((e) -> "secret-1".equals(e.contentId()) && "webhook".equals(e.stage()))).toString();
			assertThat(lineage).contains(id).doesNotContain("whsec_");
			List<AuditRecord> audit = this.kafka.auditUntil(this.pipeline.topics().audit(),
					(records) -> about(records, id).size() == 3, WAIT);
			assertThat(about(audit, id)).extracting(AuditRecord::action, AuditRecord::outcome, AuditRecord::actor)
				.containsExactly(tuple(AuditAction.CREATE_SUBSCRIPTION, AuditOutcome.DONE, "operator"),
						tuple(AuditAction.ROTATE_SECRET, AuditOutcome.DONE, "operator"),
						tuple(AuditAction.ROTATE_SECRET, AuditOutcome.DONE, "operator"));
			assertThat(audit.toString()).doesNotContain("whsec_");
			for (String secret : secrets) {
				assertThat(output.getAll()).doesNotContain(key(secret));
				assertThat(lineage).doesNotContain(key(secret));
				assertThat(audit.toString()).doesNotContain(key(secret));
			}
		}
	}

	private static List<AuditRecord> about(List<AuditRecord> records, String subscription) {
		return records.stream().filter((r) -> ("subscription:" + subscription).equals(r.subject())).toList();
	}

	private String rotate(String id) throws Exception {
		HttpResponse<String> rotated = post("/api/v1/subscriptions/" + id + "/rotate-secret", OPERATOR, null);
		assertThat(rotated.statusCode()).isEqualTo(200);
		return json(rotated).get("secret").asString();
	}

	private static void assertNoSecretIn(HttpResponse<String> response, List<String> secrets) {
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).doesNotContain("whsec_");
		for (String secret : secrets) {
			assertThat(response.body()).doesNotContain(key(secret));
		}
	}

	/** The key without its prefix, so a log of the bare key is caught too. */
	private static String key(String secret) {
		return secret.substring("whsec_".length());
	}

}
