package org.newsroom.pipeline.console.audit;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.newsroom.pipeline.console.backfill.BackfillStore;
import org.newsroom.pipeline.console.kafka.RecordBatch;
import org.newsroom.pipeline.contract.audit.AuditOutcome;
import org.newsroom.pipeline.contract.audit.AuditRecord;
import org.newsroom.pipeline.contract.json.ContractJson;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Stores every audit record, a poll's worth in one bulk write, and passes a backfill's
 * progress on to the backfills it shows; one that cannot be read goes to the console's
 * own dead-letter topic, like an unreadable lineage record.
 */
@Component
class AuditListener {

	private final AuditStore store;

	private final BackfillStore backfills;

	AuditListener(AuditStore store, BackfillStore backfills) {
		this.store = store;
		this.backfills = backfills;
	}

	@KafkaListener(id = "console-audit", idIsGroup = false, topics = "${pipeline.topics.audit}",
			containerFactory = "consoleLineageListenerFactory", batch = "true")
	void on(List<ConsumerRecord<String, byte[]>> records) {
		RecordBatch.store(records, AuditListener::read, this::save, "audit record");
	}

	private void save(List<AuditRecord> batch) {
		this.store.saveAll(batch.stream().filter((record) -> record.outcome() != AuditOutcome.PROGRESS).toList());
		this.backfills.record(batch);
	}

	private static AuditRecord read(byte[] value) {
		AuditRecord audit = ContractJson.mapper().readValue(value, AuditRecord.class);
		if (audit.id() == null || audit.action() == null || audit.outcome() == null || audit.at() == null) {
			throw new IllegalArgumentException("id, action, outcome and at are required");
		}
		return audit;
	}

}
