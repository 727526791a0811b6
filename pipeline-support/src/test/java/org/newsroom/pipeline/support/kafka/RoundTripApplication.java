package org.newsroom.pipeline.support.kafka;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoDatabase;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;

import org.newsroom.pipeline.contract.events.StageEvent;
import org.newsroom.pipeline.support.config.PipelineProperties;
import org.newsroom.pipeline.support.stage.StageAutoConfiguration;
import org.newsroom.pipeline.support.stage.StageEngine;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * A minimal service for the shared plumbing's tests: it stores every event it receives,
 * and fails on purpose for content ids that say so; one listener takes records one by
 * one, the other runs the stage engine with {@link RecordingStage}.
 */
@SpringBootApplication
public class RoundTripApplication {

	@Component
	static class RecordingListener {

		private final MongoDatabase database;

		private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

		private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();

		private final StageEngine engine;

		private final RecordingStage stage;

		RecordingListener(MongoDatabase database, StageEngine engine, PipelineProperties properties) {
			this.database = database;
			this.engine = engine;
			this.stage = new RecordingStage(this, database.getCollection("seen"), properties.topics().published());
		}

		@KafkaListener(topics = "${pipeline.topics.ingested}")
		void on(StageEvent event) {
			received(event);
			handle(event);
		}

		@KafkaListener(topics = "${pipeline.topics.enriched}",
				containerFactory = StageAutoConfiguration.CONTAINER_FACTORY)
		void onBatch(List<ConsumerRecord<String, StageEvent>> records, Consumer<?, ?> consumer) {
			this.engine.run(this.stage, records, consumer);
		}

		void handle(StageEvent event) {
			count(event);
			this.database.getCollection("seen")
				.insertOne(new Document("_id", event.contentId()).append("attempts", attempts(event.contentId())));
		}

		/** Counts an attempt and fails on purpose where the content id says so. */
		int count(StageEvent event) {
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
			return attempt;
		}

		/** Counts that a record reached the listener, before anything else is tried. */
		void received(StageEvent event) {
			this.received.computeIfAbsent(event.contentId(), (id) -> new AtomicInteger()).incrementAndGet();
		}

		int received(String contentId) {
			AtomicInteger count = this.received.get(contentId);
			return (count != null) ? count.get() : 0;
		}

		int attempts(String contentId) {
			AtomicInteger count = this.attempts.get(contentId);
			return (count != null) ? count.get() : 0;
		}

	}

}
