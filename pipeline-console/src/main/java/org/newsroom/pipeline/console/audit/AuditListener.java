package org.newsroom.pipeline.console.audit;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.newsroom.pipeline.console.kafka.RecordBatch;
import org.newsroom.pipeline.contract.audit.AuditRecord;
import org.newsroom.pipeline.contract.json.ContractJson;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Stores every audit record, a poll's worth in one bulk write; one that cannot be read
 * goes to the console's own dead-letter topic, like an unreadable lineage record.
 */
@Component
class AuditListener {

	private final AuditStore store;

	AuditListener(AuditStore store) {
		this.store = store;
	}

	@KafkaListener(id = "console-audit", idIsGroup = false, topics = "${pipeline.topics.audit}",
			containerFactory = "consoleLineageListenerFactory", batch = "true")
	void on(List<ConsumerRecord<String, byte[]>> records) {
		RecordBatch.store(records, AuditListener::read, this.store::saveAll, "audit record");
	}

	private static AuditRecord read(byte[] value) {
		AuditRecord audit = ContractJson.mapper().readValue(value, AuditRecord.class);
		if (audit.id() == null || audit.action() == null || audit.outcome() == null || audit.at() == null) {
			throw new IllegalArgumentException("id, action, outcome and at are required");
		}
		return audit;
	}

}
