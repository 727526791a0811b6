package org.newsroom.pipeline.ingest.intake;

import java.util.List;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.newsroom.pipeline.support.kafka.FailureClassifier;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
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

	/**
	 * A transient failure retries the whole batch until the dependency is back. Any other
	 * failure is pinned on the batch's first record, so the shared error handler retries
	 * from there a bounded number of times and then dead-letters that record alone,
	 * instead of blocking the partition for good.
	 */
	@KafkaListener(id = "cms-intake", idIsGroup = false, topics = "${pipeline.topics.cms-content}", batch = "true")
	void onBatch(List<ConsumerRecord<String, byte[]>> records, Consumer<?, ?> consumer) {
		try {
			this.intake.ingest(records, consumer);
		}
		catch (RuntimeException ex) {
			if (records.isEmpty() || FailureClassifier.classify(ex) == FailureClassifier.Kind.TRANSIENT) {
				throw ex;
			}
			throw new BatchListenerFailedException("batch failed: " + ex.getMessage(), ex, records.get(0));
		}
	}

}
