package org.newsroom.pipeline.enrich.enrichment;

import org.newsroom.pipeline.contract.events.StageEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Receives ingested items and withdrawals and hands them to the enrichment.
 */
@Component
class IngestedListener {

	private final EnrichmentService enrichment;

	IngestedListener(EnrichmentService enrichment) {
		this.enrichment = enrichment;
	}

	@KafkaListener(id = "enrich-ingested", idIsGroup = false, topics = "${pipeline.topics.ingested}")
	void on(StageEvent event) {
		this.enrichment.handle(event);
	}

}
