package org.newsroom.pipeline.enrich.enrichment;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.newsroom.pipeline.contract.events.StageEvent;
import org.newsroom.pipeline.support.kafka.EventSender;
import org.newsroom.pipeline.support.kafka.RecordBatches;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Receives ingested items and withdrawals a poll at a time and hands each to the
 * enrichment; the batch waits for the broker once, and its offsets are committed after
 * that.
 */
@Component
class IngestedListener {

	private final EnrichmentService enrichment;

	private final EventSender sender;

	IngestedListener(EnrichmentService enrichment, EventSender sender) {
		this.enrichment = enrichment;
		this.sender = sender;
	}

	@KafkaListener(id = "enrich-ingested", idIsGroup = false, topics = "${pipeline.topics.ingested}", batch = "true")
	void on(List<ConsumerRecord<String, StageEvent>> records) {
		RecordBatches.handleEach(records, this.sender, EnrichmentService.STAGE, this.enrichment::handle);
	}

}
