package org.newsroom.pipeline.console.lineage;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.newsroom.pipeline.contract.json.ContractJson;
import org.newsroom.pipeline.contract.lineage.LineageEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
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

	/**
	 * Stores the records before an unreadable one, then pins the failure on it: the error
	 * handler commits what was stored, dead-letters that record and goes on after it.
	 */
	@KafkaListener(id = "console-lineage", idIsGroup = false, topics = "${pipeline.topics.lineage}",
			containerFactory = "consoleLineageListenerFactory", batch = "true")
	void on(List<ConsumerRecord<String, byte[]>> records) {
		List<LineageEvent> events = new ArrayList<>(records.size());
		for (ConsumerRecord<String, byte[]> record : records) {
			try {
				events.add(ContractJson.mapper().readValue(record.value(), LineageEvent.class));
			}
			catch (RuntimeException ex) {
				this.store.saveAll(events);
				throw new BatchListenerFailedException("lineage record cannot be read: " + ex.getMessage(), ex, record);
			}
		}
		this.store.saveAll(events);
	}

}
