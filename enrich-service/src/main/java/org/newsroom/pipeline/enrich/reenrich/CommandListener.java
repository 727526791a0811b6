package org.newsroom.pipeline.enrich.reenrich;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.newsroom.pipeline.contract.command.CommandType;
import org.newsroom.pipeline.contract.command.OperatorCommand;
import org.newsroom.pipeline.enrich.enrichment.EnrichmentService;
import org.newsroom.pipeline.enrich.enrichment.EnrichmentStore;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Carries out operators' re-enrichment commands from {@code pipeline.commands.v1}: one
 * item at once, or every item as a background backfill.
 */
@Component
class CommandListener {

	static final String TARGET = "enrich";

	private static final Logger log = LoggerFactory.getLogger(CommandListener.class);

	private final EnrichmentStore store;

	private final EnrichmentService enrichment;

	private final Backfill backfill;

	CommandListener(EnrichmentStore store, EnrichmentService enrichment, Backfill backfill) {
		this.store = store;
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
			log.info("Re-enrich of {} requested by {}: {}", command.contentId(), command.requestedBy(),
					done ? "done" : "nothing to re-enrich");
		}
		else if (command.type() == CommandType.REENRICH_ALL) {
			log.info("Backfill {} requested by {}", command.id(), command.requestedBy());
			this.backfill.start(command.id());
		}
	}

}
