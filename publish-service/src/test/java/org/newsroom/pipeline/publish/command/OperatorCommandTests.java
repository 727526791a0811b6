package org.newsroom.pipeline.publish.command;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.contract.audit.AuditAction;
import org.newsroom.pipeline.contract.audit.AuditOutcome;
import org.newsroom.pipeline.contract.audit.AuditRecord;
import org.newsroom.pipeline.contract.command.CommandType;
import org.newsroom.pipeline.contract.command.OperatorCommand;
import org.newsroom.pipeline.contract.json.ContractJson;
import org.newsroom.pipeline.publish.support.PublishServiceTestBase;
import org.newsroom.pipeline.publish.support.TestEvents;
import org.newsroom.pipeline.support.test.webhook.Delivery;
import org.newsroom.pipeline.support.test.webhook.WebhookReceiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Operator commands from the console act on deliveries and subscriptions, each once, and
 * each outcome is on the audit trail.
 */
class OperatorCommandTests extends PublishServiceTestBase {

	@Test
	void redeliversADeliveryAndDisablesAndEnablesASubscriptionOnCommand() throws Exception {
		try (WebhookReceiver receiver = WebhookReceiver.start()) {
			String subscription = subscribe(receiver, "command-desk", "content.published").get("subscription")
				.get("id")
				.asString();
			send(TestEvents.article("command-1", 1, "command-desk", "Noch einmal bitte", null));
			receiver.awaitDeliveries(1, WAIT);

			command("cmd-1", CommandType.REDELIVER, Map.of("delivery", "command-1:1:published:" + subscription));
			receiver.awaitDeliveries(2, WAIT);
			assertThat(receiver.deliveries()).extracting(Delivery::id).containsOnly("command-1:1:published");

			command("cmd-2", CommandType.DISABLE_SUBSCRIPTION, Map.of("subscription", subscription));
			await().atMost(WAIT).until(() -> !enabled(subscription));
			command("cmd-3", CommandType.ENABLE_SUBSCRIPTION, Map.of("subscription", subscription));
			await().atMost(WAIT).until(() -> enabled(subscription));
			command("cmd-2", CommandType.DISABLE_SUBSCRIPTION, Map.of("subscription", subscription));
			command("cmd-4", CommandType.DISABLE_SUBSCRIPTION, Map.of("subscription", "no-such-subscription"));

			List<AuditRecord> audit = this.kafka.auditUntil(this.pipeline.topics().audit(),
					(records) -> outcomes(records, "cmd-2").size() == 2 && !outcomes(records, "cmd-4").isEmpty(), WAIT);
			assertThat(outcomes(audit, "cmd-1")).containsExactly(AuditOutcome.DONE);
			assertThat(outcomes(audit, "cmd-2")).containsExactly(AuditOutcome.DONE, AuditOutcome.NOTHING_TO_DO);
			assertThat(outcomes(audit, "cmd-3")).containsExactly(AuditOutcome.DONE);
			assertThat(outcomes(audit, "cmd-4")).containsExactly(AuditOutcome.NOTHING_TO_DO);
			AuditRecord redelivery = audit.stream()
				.filter((r) -> "cmd-1".equals(r.commandId()))
				.findFirst()
				.orElseThrow();
			assertThat(redelivery.action()).isEqualTo(AuditAction.REDELIVER);
			assertThat(redelivery.actor()).isEqualTo("olga");
			assertThat(redelivery.service()).isEqualTo("publish");
			assertThat(redelivery.subject()).isEqualTo("delivery:command-1:1:published:" + subscription);
			assertThat(audit.stream().filter((r) -> "cmd-2".equals(r.commandId())).map(AuditRecord::action))
				.containsOnly(AuditAction.DISABLE_SUBSCRIPTION);
			assertThat(enabled(subscription)).as("a repeated command is not carried out again").isTrue();
		}
	}

	private static List<AuditOutcome> outcomes(List<AuditRecord> records, String command) {
		return records.stream().filter((r) -> command.equals(r.commandId())).map(AuditRecord::outcome).toList();
	}

	private boolean enabled(String subscription) throws Exception {
		return json(get("/api/v1/subscriptions/" + subscription, VIEWER)).get("enabled").asBoolean();
	}

	private void command(String id, CommandType type, Map<String, String> arguments) {
		OperatorCommand command = new OperatorCommand(id, type, "publish", null, arguments, "olga", Instant.now());
		this.kafka.send(this.pipeline.topics().commands(), id,
				Map.of("ce_id", id.getBytes(StandardCharsets.UTF_8), "ce_type",
						"news.pipeline.command".getBytes(StandardCharsets.UTF_8)),
				ContractJson.mapper().writeValueAsBytes(command));
	}

}
