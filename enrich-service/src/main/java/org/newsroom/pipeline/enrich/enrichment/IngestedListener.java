package org.newsroom.pipeline.enrich.enrichment;

import java.util.List;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.newsroom.pipeline.contract.events.StageEvent;
import org.newsroom.pipeline.support.stage.StageAutoConfiguration;
import org.newsroom.pipeline.support.stage.StageEngine;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Receives ingested items and withdrawals a poll at a time and runs them through the
 * stage engine.
 */
@Component
class IngestedListener {

	private final StageEngine engine;

	private final EnrichmentService enrichment;

	IngestedListener(StageEngine engine, EnrichmentService enrichment) {
		this.engine = engine;
		this.enrichment = enrichment;
	}

	@KafkaListener(id = "enrich-ingested", idIsGroup = false, topics = "${pipeline.topics.ingested}",
			containerFactory = StageAutoConfiguration.CONTAINER_FACTORY)
	void on(List<ConsumerRecord<String, StageEvent>> records, Consumer<?, ?> consumer) {
		this.engine.run(this.enrichment, records, consumer);
	}

}
