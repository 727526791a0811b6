package org.newsroom.pipeline.enrich.reenrich;

import org.newsroom.pipeline.contract.audit.AuditOutcome;
import org.newsroom.pipeline.contract.command.CommandType;
import org.newsroom.pipeline.contract.command.OperatorCommand;
import org.newsroom.pipeline.enrich.enrichment.EnrichmentService;
import org.newsroom.pipeline.enrich.enrichment.EnrichmentStore;
import org.newsroom.pipeline.support.audit.AuditEntry;
import org.newsroom.pipeline.support.audit.AuditTrail;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Carries out operators' re-enrichment commands from {@code pipeline.commands.v1}: one
 * item at once, or every item as a background backfill; each outcome goes on the audit
 * trail.
 */
@Component
class CommandListener {

	static final String TARGET = "enrich";

	private final EnrichmentStore store;

	private final EnrichmentService enrichment;

	private final Backfill backfill;

	private final AuditTrail audit;

	CommandListener(EnrichmentStore store, EnrichmentService enrichment, Backfill backfill, AuditTrail audit) {
		this.store = store;
		this.audit = audit;
		this.enrichment = enrichment;
		this.backfill = backfill;
	}

	@KafkaListener(id = "enrich-commands", idIsGroup = false, topics = "${pipeline.topics.commands}",
			properties = "spring.json.value.default.type=org.newsroom.pipeline.contract.command.OperatorCommand")
	void on(OperatorCommand command) {
		if (!TARGET.equals(command.target())) {
			return;
		}
		if (command.type() == CommandType.REENRICH && command.contentId() != null) {
			boolean done = this.store.find(command.contentId()).map(this.enrichment::reenrich).orElse(false);
			this.audit.record(AuditEntry.of(command, "item:" + command.contentId()),
					done ? AuditOutcome.DONE : AuditOutcome.NOTHING_TO_DO,
					done ? null : "enrich holds no live revision of this item");
		}
		else if (command.type() == CommandType.REENRICH_ALL) {
			this.backfill.start(command);
		}
	}

}
