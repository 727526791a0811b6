package org.newsroom.pipeline.publish.publication;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.newsroom.pipeline.contract.events.ContentEnriched;
import org.newsroom.pipeline.contract.events.ContentWithdrawn;
import org.newsroom.pipeline.contract.events.StageEvent;
import org.newsroom.pipeline.support.kafka.EventSender;
import org.newsroom.pipeline.support.kafka.RecordBatches;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Hands enriched items and withdrawals to the publication service a poll at a time; the
 * batch waits for the broker once, and its offsets are committed after the store writes
 * and the acknowledged sends.
 */
@Component
class PublicationListener {

	private static final Logger logger = LoggerFactory.getLogger(PublicationListener.class);

	private final PublicationService service;

	private final EventSender sender;

	PublicationListener(PublicationService service, EventSender sender) {
		this.service = service;
		this.sender = sender;
	}

	@KafkaListener(id = "publish-enriched", idIsGroup = false, topics = "${pipeline.topics.enriched}", batch = "true")
	void on(List<ConsumerRecord<String, StageEvent>> records) {
		RecordBatches.handleEach(records, this.sender, Announcer.STAGE, this::handle);
	}

	private void handle(StageEvent event) {
		if (event instanceof ContentEnriched enriched) {
			this.service.enriched(enriched);
		}
		else if (event instanceof ContentWithdrawn withdrawn) {
			this.service.withdrawn(withdrawn);
		}
		else {
			logger.warn("Ignored a {} on the enriched topic", event.getClass().getSimpleName());
		}
	}

}
