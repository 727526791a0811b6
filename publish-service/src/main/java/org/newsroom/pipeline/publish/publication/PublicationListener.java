package org.newsroom.pipeline.publish.publication;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.newsroom.pipeline.contract.events.ContentEnriched;
import org.newsroom.pipeline.contract.events.ContentWithdrawn;
import org.newsroom.pipeline.contract.events.StageEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Hands enriched items and withdrawals to the publication service; the offset is
 * committed after it returns, that is after the store write and the acknowledged sends.
 */
@Component
class PublicationListener {

	private static final Logger logger = LoggerFactory.getLogger(PublicationListener.class);

	private final PublicationService service;

	PublicationListener(PublicationService service) {
		this.service = service;
	}

	@KafkaListener(id = "publish-enriched", idIsGroup = false, topics = "${pipeline.topics.enriched}")
	void on(StageEvent event) {
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
