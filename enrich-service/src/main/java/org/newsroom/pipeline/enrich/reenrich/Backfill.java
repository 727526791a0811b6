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

import org.newsroom.pipeline.contract.audit.AuditOutcome;
import org.newsroom.pipeline.contract.command.OperatorCommand;
import org.newsroom.pipeline.enrich.enrichment.EnrichmentService;
import org.newsroom.pipeline.enrich.enrichment.EnrichmentStore;
import org.newsroom.pipeline.support.audit.AuditEntry;
import org.newsroom.pipeline.support.audit.AuditTrail;
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

	private static final String SUBJECT = "every item";

	private final EnrichmentStore store;

	private final EnrichmentService enrichment;

	private final MongoCollection<Document> progress;

	private final ExecutorService executor = Executors
		.newSingleThreadExecutor((task) -> new Thread(task, "enrich-backfill"));

	private final AuditTrail audit;

	Backfill(EnrichmentStore store, EnrichmentService enrichment, MongoDatabase database, AuditTrail audit) {
		this.store = store;
		this.audit = audit;
		this.enrichment = enrichment;
		this.progress = database.getCollection("backfills");
	}

	/**
	 * Starts a backfill unless one with the same command id ran before.
	 * @param command the operator's command
	 */
	void start(OperatorCommand command) {
		String id = command.id();
		AuditEntry entry = AuditEntry.of(command, SUBJECT);
		if (this.progress.find(Filters.eq("_id", id)).first() != null) {
			this.audit.record(entry, AuditOutcome.NOTHING_TO_DO, "backfill " + id + " ran before");
			return;
		}
		long total = this.store.countLive();
		report(id, total, 0, 0, Instant.now(), null);
		this.audit.record(entry, AuditOutcome.STARTED, total + " items to re-enrich");
		this.executor.submit(() -> {
			try {
				run(id, entry);
			}
			catch (RuntimeException ex) {
				this.audit.record(entry, AuditOutcome.FAILED, ex.getClass().getSimpleName() + ": " + ex.getMessage());
				throw ex;
			}
		});
	}

	private void run(String id, AuditEntry entry) {
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
		this.audit.record(entry, AuditOutcome.DONE, done.get() + " items read, " + changed.get() + " re-enriched in "
				+ Duration.between(started, Instant.now()).toSeconds() + " s");
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
