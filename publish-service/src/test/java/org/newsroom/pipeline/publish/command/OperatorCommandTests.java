package org.newsroom.pipeline.publish.command;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.contract.command.CommandType;
import org.newsroom.pipeline.contract.command.OperatorCommand;
import org.newsroom.pipeline.contract.json.ContractJson;
import org.newsroom.pipeline.publish.support.PublishServiceTestBase;
import org.newsroom.pipeline.publish.support.Receiver;
import org.newsroom.pipeline.publish.support.TestEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Operator commands from the console act on deliveries and subscriptions.
 */
class OperatorCommandTests extends PublishServiceTestBase {

	@Test
	void redeliversADeliveryAndDisablesAndEnablesASubscriptionOnCommand() throws Exception {
		try (Receiver receiver = new Receiver()) {
			String subscription = subscribe(receiver, "command-desk", "content.published").get("subscription")
				.get("id")
				.asString();
			send(TestEvents.article("command-1", 1, "command-desk", "Noch einmal bitte", null));
			await().atMost(WAIT).until(() -> receiver.requests().size() == 1);

			command("cmd-1", CommandType.REDELIVER, Map.of("delivery", "command-1:1:published:" + subscription));
			await().atMost(WAIT).until(() -> receiver.requests().size() == 2);
			assertThat(receiver.requests()).extracting(Receiver.Request::id).containsOnly("command-1:1:published");

			command("cmd-2", CommandType.DISABLE_SUBSCRIPTION, Map.of("subscription", subscription));
			await().atMost(WAIT).until(() -> !enabled(subscription));
			command("cmd-3", CommandType.ENABLE_SUBSCRIPTION, Map.of("subscription", subscription));
			await().atMost(WAIT).until(() -> enabled(subscription));
		}
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
