package org.newsroom.pipeline.console.command;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.newsroom.pipeline.contract.EventTypes;
import org.newsroom.pipeline.contract.audit.AuditOutcome;
import org.newsroom.pipeline.contract.command.CommandType;
import org.newsroom.pipeline.contract.command.OperatorCommand;
import org.newsroom.pipeline.support.audit.AuditEntry;
import org.newsroom.pipeline.support.audit.AuditTrail;
import org.newsroom.pipeline.support.config.PipelineProperties;
import org.newsroom.pipeline.support.kafka.EventSender;
import org.springframework.stereotype.Service;

/**
 * Sends operator commands to the services, remembers them and puts each request on the
 * audit trail; the service that carries a command out records its outcome there.
 */
@Service
public class CommandService {

	static final String ENRICH = "enrich";

	static final String PUBLISH = "publish";

	private static final int LIST_LIMIT = 100;

	// An operator waits for the answer; a broker that does not take a command in this
	// time is reported as a failure rather than left hanging.
	private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);

	private static final Logger log = LoggerFactory.getLogger(CommandService.class);

	private final EventSender sender;

	private final String topic;

	private final MongoCollection<Document> commands;

	private final AuditTrail audit;

	CommandService(EventSender sender, PipelineProperties properties, MongoDatabase database, AuditTrail audit) {
		this.sender = sender;
		this.audit = audit;
		this.topic = properties.topics().commands();
		this.commands = database.getCollection("commands");
		this.commands.createIndex(Indexes.descending("requestedAt"));
	}

	/**
	 * Asks enrich to enrich one item again.
	 * @param contentId the item
	 * @param operator who asked
	 * @return the command as sent
	 */
	public CommandRecord reenrich(String contentId, String operator) {
		return send(CommandType.REENRICH, ENRICH, contentId, Map.of(), operator, "item:" + contentId);
	}

	/**
	 * Asks enrich to enrich every stored item again.
	 * @param operator who asked
	 * @return the command as sent
	 */
	public CommandRecord reenrichAll(String operator) {
		return send(CommandType.REENRICH_ALL, ENRICH, null, Map.of(), operator, "every item");
	}

	/**
	 * Asks publish to deliver a webhook delivery again.
	 * @param deliveryId the delivery
	 * @param contentId the item it carries, or {@code null}
	 * @param operator who asked
	 * @return the command as sent
	 */
	public CommandRecord redeliver(String deliveryId, String contentId, String operator) {
		return send(CommandType.REDELIVER, PUBLISH, contentId, Map.of(OperatorCommand.DELIVERY, deliveryId), operator,
				"delivery:" + deliveryId);
	}

	/**
	 * Asks publish to stop or resume deliveries to a subscription.
	 * @param subscriptionId the subscription
	 * @param enabled {@code true} to resume, {@code false} to stop
	 * @param operator who asked
	 * @return the command as sent
	 */
	public CommandRecord subscription(String subscriptionId, boolean enabled, String operator) {
		CommandType type = enabled ? CommandType.ENABLE_SUBSCRIPTION : CommandType.DISABLE_SUBSCRIPTION;
		return send(type, PUBLISH, null, Map.of(OperatorCommand.SUBSCRIPTION, subscriptionId), operator,
				"subscription:" + subscriptionId);
	}

	/**
	 * The latest commands, newest first.
	 * @return the commands
	 */
	public List<CommandRecord> latest() {
		List<CommandRecord> result = new ArrayList<>();
		this.commands.find()
			.sort(Sorts.descending("requestedAt"))
			.limit(LIST_LIMIT)
			.forEach((d) -> result.add(view(d)));
		return result;
	}

	private CommandRecord send(CommandType type, String target, String contentId, Map<String, String> arguments,
			String operator, String subject) {
		OperatorCommand command = new OperatorCommand(UUID.randomUUID().toString(), type, target, contentId, arguments,
				operator, Instant.now());
		String key = (contentId != null) ? contentId : command.id();
		String status = "SENT";
		String failure = null;
		try {
			this.sender.send(this.topic, key, command.id(), EventTypes.COMMAND, command.requestedAt(), command)
				.get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			status = "FAILED";
			failure = "interrupted";
		}
		catch (ExecutionException | TimeoutException | RuntimeException ex) {
			log.warn("command {} {} was not acknowledged: {}", type, command.id(), ex.getMessage());
			status = "FAILED";
			failure = "the broker did not take the command: " + ex.getMessage();
		}
		this.audit.record(AuditEntry.of(command, subject),
				(failure != null) ? AuditOutcome.FAILED : AuditOutcome.REQUESTED,
				(failure != null) ? failure : "sent to " + target);
		this.commands.insertOne(document(command, status));
		return new CommandRecord(command.id(), type, target, contentId, command.arguments(), operator,
				command.requestedAt(), status);
	}

	private static Document document(OperatorCommand command, String status) {
		return new Document("_id", command.id()).append("type", command.type().name())
			.append("target", command.target())
			.append("contentId", command.contentId())
			.append("arguments", new Document(command.arguments()))
			.append("requestedBy", command.requestedBy())
			.append("requestedAt", Date.from(command.requestedAt()))
			.append("status", status);
	}

	private static CommandRecord view(Document d) {
		Map<String, String> arguments = new TreeMap<>();
		d.get("arguments", Document.class).forEach((k, v) -> arguments.put(k, String.valueOf(v)));
		return new CommandRecord(d.getString("_id"), CommandType.valueOf(d.getString("type")), d.getString("target"),
				d.getString("contentId"), arguments, d.getString("requestedBy"), d.getDate("requestedAt").toInstant(),
				d.getString("status"));
	}

}
