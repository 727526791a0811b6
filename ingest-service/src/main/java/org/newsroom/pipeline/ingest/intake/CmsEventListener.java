package org.newsroom.pipeline.ingest.intake;

import java.util.List;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Receives CMS events from Kafka in batches and hands them to the intake.
 */
@Component
class CmsEventListener {

	private final IntakeService intake;

	CmsEventListener(IntakeService intake) {
		this.intake = intake;
	}

	@KafkaListener(id = "cms-intake", idIsGroup = false, topics = "${pipeline.topics.cms-content}", batch = "true")
	void onBatch(List<ConsumerRecord<String, byte[]>> records, Consumer<?, ?> consumer) {
		this.intake.ingest(records, consumer);
	}

}
