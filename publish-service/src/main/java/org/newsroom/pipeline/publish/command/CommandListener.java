package org.newsroom.pipeline.publish.command;

import java.util.Date;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import org.newsroom.pipeline.contract.audit.AuditOutcome;
import org.newsroom.pipeline.contract.command.CommandType;
import org.newsroom.pipeline.contract.command.OperatorCommand;
import org.newsroom.pipeline.publish.webhook.delivery.WebhookAdmin;
import org.newsroom.pipeline.support.audit.AuditEntry;
import org.newsroom.pipeline.support.audit.AuditTrail;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Carries out the operator commands addressed to {@code publish}: redeliver a webhook,
 * disable or enable a subscription; a repeated command id is ignored. Each outcome goes
 * on the audit trail.
 */
@Component
class CommandListener {

	static final String TARGET = "publish";

	private final WebhookAdmin webhooks;

	private final MongoCollection<Document> handled;

	private final AuditTrail audit;

	CommandListener(WebhookAdmin webhooks, MongoDatabase database, AuditTrail audit) {
		this.webhooks = webhooks;
		this.audit = audit;
		this.handled = database.getCollection("handled_commands");
	}

	@KafkaListener(id = "publish-commands", idIsGroup = false, topics = "${pipeline.topics.commands}",
			properties = "spring.json.value.default.type=org.newsroom.pipeline.contract.command.OperatorCommand")
	void on(OperatorCommand command) {
		if (!TARGET.equals(command.target()) || command.type() == null) {
			return;
		}
		String what = (command.type() == CommandType.REDELIVER) ? OperatorCommand.DELIVERY
				: OperatorCommand.SUBSCRIPTION;
		String id = argument(command, what);
		AuditEntry entry = AuditEntry.of(command, what + ":" + id);
		if (handledBefore(command)) {
			this.audit.record(entry, AuditOutcome.NOTHING_TO_DO, "command " + command.id() + " was carried out before");
			return;
		}
		boolean done = switch (command.type()) {
			case REDELIVER -> this.webhooks.redeliver(id);
			case DISABLE_SUBSCRIPTION -> this.webhooks.disable(id, "disabled by " + command.requestedBy());
			case ENABLE_SUBSCRIPTION -> this.webhooks.enable(id);
			default -> false;
		};
		// remembered only once done, so a command cut short by a failure is retried
		remember(command);
		this.audit.record(entry, done ? AuditOutcome.DONE : AuditOutcome.NOTHING_TO_DO,
				done ? null : nothingToDo(what));
	}

	private static String nothingToDo(String what) {
		return OperatorCommand.DELIVERY.equals(what)
				? "no such delivery, or it is under way or superseded by a newer revision or a kill"
				: "no such subscription";
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
