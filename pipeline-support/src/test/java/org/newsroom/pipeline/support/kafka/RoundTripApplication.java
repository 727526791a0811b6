package org.newsroom.pipeline.support.kafka;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import org.newsroom.pipeline.contract.events.StageEvent;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * A minimal service for the shared plumbing's tests: it stores every event it receives,
 * and fails on purpose for content ids that say so.
 */
@SpringBootApplication
public class RoundTripApplication {

	@Component
	static class RecordingListener {

		private final MongoDatabase database;

		private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

		RecordingListener(MongoDatabase database) {
			this.database = database;
		}

		@KafkaListener(topics = "${pipeline.topics.ingested}")
		void on(StageEvent event) {
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
