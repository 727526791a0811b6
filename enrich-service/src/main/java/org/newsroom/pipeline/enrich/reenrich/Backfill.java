package org.newsroom.pipeline.enrich.reenrich;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.newsroom.pipeline.enrich.enrichment.EnrichmentService;
import org.newsroom.pipeline.enrich.enrichment.EnrichmentStore;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Re-enriches every stored item in the background, streaming from MongoDB, and reports
 * its progress in the log and in the {@code backfills} collection.
 */
@Component
class Backfill implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(Backfill.class);

	private static final int REPORT_EVERY = 500;

	private final EnrichmentStore store;

	private final EnrichmentService enrichment;

	private final MongoCollection<Document> progress;

	private final ExecutorService executor = Executors
		.newSingleThreadExecutor((task) -> new Thread(task, "enrich-backfill"));

	Backfill(EnrichmentStore store, EnrichmentService enrichment, MongoDatabase database) {
		this.store = store;
		this.enrichment = enrichment;
		this.progress = database.getCollection("backfills");
	}

	/**
	 * Starts a backfill unless one with the same id ran before.
	 * @param id the command id
	 */
	void start(String id) {
		if (this.progress.find(Filters.eq("_id", id)).first() != null) {
			log.info("Backfill {} already ran; ignoring the repeated command", id);
			return;
		}
		report(id, this.store.countLive(), 0, 0, Instant.now(), null);
		this.executor.submit(() -> run(id));
	}

	private void run(String id) {
		Instant started = Instant.now();
		long total = this.store.countLive();
		AtomicLong done = new AtomicLong();
		AtomicLong changed = new AtomicLong();
		this.store.forEachLive((item) -> {
			if (this.enrichment.reenrich(item)) {
				changed.incrementAndGet();
			}
			if (done.incrementAndGet() % REPORT_EVERY == 0) {
				report(id, total, done.get(), changed.get(), started, null);
				log.info("Backfill {}: {} of {} items", id, done.get(), total);
			}
		});
		report(id, total, done.get(), changed.get(), started, Instant.now());
		log.info("Backfill {} finished: {} items re-enriched in {}", id, changed.get(),
				Duration.between(started, Instant.now()));
	}

	private void report(String id, long total, long done, long changed, Instant started, Instant finished) {
		Document doc = new Document("_id", id).append("total", total)
			.append("done", done)
			.append("reenriched", changed)
			.append("startedAt", java.util.Date.from(started))
			.append("finishedAt", (finished != null) ? java.util.Date.from(finished) : null);
		this.progress.replaceOne(Filters.eq("_id", id), doc, new ReplaceOptions().upsert(true));
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
