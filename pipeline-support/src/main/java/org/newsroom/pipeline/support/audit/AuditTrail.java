package org.newsroom.pipeline.support.audit;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.newsroom.pipeline.contract.EventTypes;
import org.newsroom.pipeline.contract.audit.AuditOutcome;
import org.newsroom.pipeline.contract.audit.AuditProgress;
import org.newsroom.pipeline.contract.audit.AuditRecord;
import org.newsroom.pipeline.support.kafka.EventSender;

/**
 * Records operator actions: one line in the {@value #LOGGER} log, one record on
 * {@code pipeline.audit.v1} for the console, and one count in {@value #ACTIONS}. The log
 * line is written first, so an action is on record even while the broker is away.
 */
public class AuditTrail {

	/** Operator actions, tagged by service, action and outcome. */
	public static final String ACTIONS = "pipeline.audit.actions";

	/** The logger every audit line goes to, for a log pipeline that keeps them apart. */
	public static final String LOGGER = "pipeline.audit";

	private static final Logger log = LoggerFactory.getLogger(LOGGER);

	private final EventSender sender;

	private final MeterRegistry registry;

	private final String topic;

	private final String service;

	public AuditTrail(EventSender sender, MeterRegistry registry, String topic, String service) {
		this.sender = sender;
		this.registry = registry;
		this.topic = topic;
		this.service = service;
	}

	/**
	 * Records an action with its outcome; the future completes when the broker has the
	 * record, and a failed send is logged, not thrown, so the action itself stands.
	 * @param entry what was done
	 * @param outcome how it ended
	 * @param detail a note for operators, or {@code null}; never a secret
	 * @return the pending send
	 */
	public CompletableFuture<?> record(AuditEntry entry, AuditOutcome outcome, String detail) {
		return record(entry, outcome, detail, null);
	}

	/**
	 * Records a long action's start or end with how far it got.
	 * @param entry what was done
	 * @param outcome how it ended, or {@code STARTED}
	 * @param detail a note for operators, or {@code null}; never a secret
	 * @param progress how far it got
	 * @return the pending send
	 */
	public CompletableFuture<?> record(AuditEntry entry, AuditOutcome outcome, String detail, AuditProgress progress) {
		AuditRecord record = create(entry, outcome, detail, progress);
		log.info("{} {} by {} on {}{}: {}{}", record.action(), record.outcome(), record.actor(), record.subject(),
				(record.contentId() != null) ? " (" + record.contentId() + ")" : "",
				(record.commandId() != null) ? "command " + record.commandId() + " " : "",
				(detail != null) ? detail : "");
		Counter.builder(ACTIONS)
			.description("Operator actions and failed logins, by outcome")
			.tag("service", this.service)
			.tag("action", tag(record.action()))
			.tag("outcome", tag(outcome))
			.register(this.registry)
			.increment();
		return send(record);
	}

	/**
	 * Reports how far a long action has got: a record on the topic for the console's
	 * progress display, not a line in the audit log or a count.
	 * @param entry the action
	 * @param progress how far it has got
	 * @return the pending send
	 */
	public CompletableFuture<?> progress(AuditEntry entry, AuditProgress progress) {
		return send(create(entry, AuditOutcome.PROGRESS, null, progress));
	}

	private AuditRecord create(AuditEntry entry, AuditOutcome outcome, String detail, AuditProgress progress) {
		return new AuditRecord(UUID.randomUUID().toString(), entry.action(), outcome, entry.actor(), this.service,
				entry.subject(), entry.contentId(), entry.commandId(), detail, Instant.now(), progress);
	}

	private CompletableFuture<?> send(AuditRecord record) {
		String key = (record.contentId() != null) ? record.contentId() : record.subject();
		try {
			return this.sender.send(this.topic, key, record.id(), EventTypes.AUDIT, record.at(), record)
				.whenComplete((result, failure) -> {
					if (failure != null) {
						log.warn("audit record {} not sent to {}: {}", record.id(), this.topic, failure.getMessage());
					}
				});
		}
		catch (RuntimeException ex) {
			log.warn("audit record {} not sent to {}: {}", record.id(), this.topic, ex.getMessage());
			return CompletableFuture.failedFuture(ex);
		}
	}

	private static String tag(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

}
