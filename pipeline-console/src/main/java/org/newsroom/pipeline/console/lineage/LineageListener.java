package org.newsroom.pipeline.console.lineage;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.newsroom.pipeline.console.kafka.RecordBatch;
import org.newsroom.pipeline.contract.json.ContractJson;
import org.newsroom.pipeline.contract.lineage.LineageEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Stores every lineage record, a poll's worth in one bulk write; one that cannot be read
 * is a permanent failure and goes to the console's own dead-letter topic.
 */
@Component
class LineageListener {

	private final LineageStore store;

	LineageListener(LineageStore store) {
		this.store = store;
	}

	@KafkaListener(id = "console-lineage", idIsGroup = false, topics = "${pipeline.topics.lineage}",
			containerFactory = "consoleLineageListenerFactory", batch = "true")
	void on(List<ConsumerRecord<String, byte[]>> records) {
		RecordBatch.store(records, (value) -> ContractJson.mapper().readValue(value, LineageEvent.class),
				this.store::saveAll, "lineage record");
	}

}
