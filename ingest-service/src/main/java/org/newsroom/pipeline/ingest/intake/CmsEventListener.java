package org.newsroom.pipeline.ingest.intake;

import java.util.List;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.newsroom.pipeline.support.stage.StageAutoConfiguration;
import org.newsroom.pipeline.support.stage.StageEngine;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Receives CMS events from Kafka a poll at a time and runs them through the stage engine.
 */
@Component
class CmsEventListener {

	private final StageEngine engine;

	private final IntakeStage stage;

	CmsEventListener(StageEngine engine, IntakeStage stage) {
		this.engine = engine;
		this.stage = stage;
	}

	@KafkaListener(id = "cms-intake", idIsGroup = false, topics = "${pipeline.topics.cms-content}",
			containerFactory = StageAutoConfiguration.CONTAINER_FACTORY)
	void onBatch(List<ConsumerRecord<String, byte[]>> records, Consumer<?, ?> consumer) {
		this.engine.run(this.stage, records, consumer);
	}

}
