package org.newsroom.pipeline.support.kafka;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoDatabase;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;

import org.newsroom.pipeline.contract.events.StageEvent;
import org.newsroom.pipeline.support.config.PipelineProperties;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * A minimal service for the shared plumbing's tests: it stores every event it receives,
 * and fails on purpose for content ids that say so; one listener takes records one by
 * one, the other in batches through {@link RecordBatches}.
 */
@SpringBootApplication
public class RoundTripApplication {

	@Component
	static class RecordingListener {

		private final MongoDatabase database;

		private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

		private final EventSender sender;

		private final String published;

		RecordingListener(MongoDatabase database, EventSender sender, PipelineProperties properties) {
			this.database = database;
			this.sender = sender;
			this.published = properties.topics().published();
		}

		@KafkaListener(topics = "${pipeline.topics.ingested}")
		void on(StageEvent event) {
			handle(event);
		}

		@KafkaListener(topics = "${pipeline.topics.enriched}", batch = "true")
		void onBatch(List<ConsumerRecord<String, StageEvent>> records) {
			RecordBatches.handleEach(records, this.sender, "support-test", this::announce);
		}

		/**
		 * Stores the event, then announces it and notes that only after the broker's ack.
		 */
		private void announce(StageEvent event) {
			handle(event);
			this.sender.awaitAll(
					List.of(this.sender.send(this.published, event.contentId(), event.contentId() + ":announced",
							"org.newsroom.test", Instant.now(), event)),
					() -> this.database.getCollection("announced").insertOne(new Document("_id", event.contentId())));
		}

		private void handle(StageEvent event) {
			int attempt = this.attempts.computeIfAbsent(event.contentId(), (id) -> new AtomicInteger())
				.incrementAndGet();
			if (event.contentId().startsWith("transient-") && attempt <= 2) {
				throw new TransientFailureException("store unavailable", new java.net.ConnectException("refused"));
			}
			if (event.contentId().startsWith("permanent-")) {
				throw new PermanentFailureException("$.headline: the headline is missing");
			}
			if (event.contentId().startsWith("unknown-")) {
				throw new IllegalStateException("unexpected state");
			}
			this.database.getCollection("seen")
				.insertOne(new Document("_id", event.contentId()).append("attempts", attempt));
		}

		int attempts(String contentId) {
			AtomicInteger count = this.attempts.get(contentId);
			return (count != null) ? count.get() : 0;
		}

	}

}
