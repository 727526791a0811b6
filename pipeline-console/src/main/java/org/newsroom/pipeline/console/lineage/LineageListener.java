package org.newsroom.pipeline.console.lineage;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.newsroom.pipeline.contract.json.ContractJson;
import org.newsroom.pipeline.contract.lineage.LineageEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Stores every lineage record; one that cannot be read is a permanent failure and goes to
 * the console's own dead-letter topic.
 */
@Component
class LineageListener {

	private final LineageStore store;

	LineageListener(LineageStore store) {
		this.store = store;
	}

	@KafkaListener(id = "console-lineage", idIsGroup = false, topics = "${pipeline.topics.lineage}",
			containerFactory = "consoleLineageListenerFactory")
	void on(ConsumerRecord<String, byte[]> record) {
		this.store.save(ContractJson.mapper().readValue(record.value(), LineageEvent.class));
	}

}
