package org.newsroom.pipeline.publish.command;

import java.util.Date;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.newsroom.pipeline.contract.command.OperatorCommand;
import org.newsroom.pipeline.publish.webhook.WebhookAdmin;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Carries out the operator commands addressed to {@code publish}: redeliver a webhook,
 * disable or enable a subscription; a repeated command id is ignored.
 */
@Component
class CommandListener {

	static final String TARGET = "publish";

	private static final Logger logger = LoggerFactory.getLogger(CommandListener.class);

	private final WebhookAdmin webhooks;

	private final MongoCollection<Document> handled;

	CommandListener(WebhookAdmin webhooks, MongoDatabase database) {
		this.webhooks = webhooks;
		this.handled = database.getCollection("handled_commands");
	}

	@KafkaListener(id = "publish-commands", idIsGroup = false, topics = "${pipeline.topics.commands}",
			properties = "spring.json.value.default.type=org.newsroom.pipeline.contract.command.OperatorCommand")
	void on(OperatorCommand command) {
		if (!TARGET.equals(command.target()) || command.type() == null || handledBefore(command)) {
			return;
		}
		boolean done = switch (command.type()) {
			case REDELIVER -> this.webhooks.redeliver(argument(command, "delivery"));
			case DISABLE_SUBSCRIPTION ->
				this.webhooks.disable(argument(command, "subscription"), "disabled by " + command.requestedBy());
			case ENABLE_SUBSCRIPTION -> this.webhooks.enable(argument(command, "subscription"));
			default -> false;
		};
		// remembered only once done, so a command cut short by a failure is retried
		remember(command);
		logger.info("Command {} {} by {}: {}", command.id(), command.type(), command.requestedBy(),
				done ? "done" : "nothing to do");
	}

	private boolean handledBefore(OperatorCommand command) {
		return command.id() != null && this.handled.find(new Document("_id", command.id())).first() != null;
	}

	private void remember(OperatorCommand command) {
		if (command.id() == null) {
			return;
		}
		try {
			this.handled.insertOne(
					new Document("_id", command.id()).append("type", command.type().name()).append("at", new Date()));
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
				throw ex;
			}
		}
	}

	private static String argument(OperatorCommand command, String name) {
		String value = command.arguments().get(name);
		return (value != null) ? value : "";
	}

}
