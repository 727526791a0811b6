package org.newsroom.pipeline.publish.publication;

import java.util.List;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.newsroom.pipeline.contract.events.StageEvent;
import org.newsroom.pipeline.support.stage.StageAutoConfiguration;
import org.newsroom.pipeline.support.stage.StageEngine;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Receives enriched items and withdrawals a poll at a time and runs them through the
 * stage engine.
 */
@Component
class PublicationListener {

	private final StageEngine engine;

	private final PublicationStage stage;

	PublicationListener(StageEngine engine, PublicationStage stage) {
		this.engine = engine;
		this.stage = stage;
	}

	@KafkaListener(id = "publish-enriched", idIsGroup = false, topics = "${pipeline.topics.enriched}",
			containerFactory = StageAutoConfiguration.CONTAINER_FACTORY)
	void on(List<ConsumerRecord<String, StageEvent>> records, Consumer<?, ?> consumer) {
		this.engine.run(this.stage, records, consumer);
	}

}
