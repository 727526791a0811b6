package org.newsroom.pipeline.enrich.reenrich;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.newsroom.pipeline.contract.audit.AuditAction;
import org.newsroom.pipeline.contract.audit.AuditOutcome;
import org.newsroom.pipeline.contract.audit.AuditProgress;
import org.newsroom.pipeline.contract.command.OperatorCommand;
import org.newsroom.pipeline.enrich.EnrichProperties;
import org.newsroom.pipeline.enrich.enrichment.EnrichedItem;
import org.newsroom.pipeline.enrich.enrichment.EnrichmentService;
import org.newsroom.pipeline.enrich.enrichment.EnrichmentStore;
import org.newsroom.pipeline.support.audit.AuditEntry;
import org.newsroom.pipeline.support.audit.AuditTrail;
import org.newsroom.pipeline.support.mongo.BsonValues;
import org.newsroom.pipeline.support.mongo.ReportingLease;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Re-enriches every live item in the background, a page at a time in content id order.
 * Its progress (done, re-enriched, failed, and the last item done) is kept in the
 * {@code backfills} collection after every page and reported on the audit topic for the
 * console, so a backfill cut short by a restart, here or on another instance, goes on
 * where it stopped: at start and every {@code enrich.backfill.resume-interval} each
 * instance looks for unfinished backfills, and a lease lets one instance at a time run
 * each. A command id runs once, and so does each item within it: the stored state names
 * the backfill that re-enriched it, so the page a restart cut short is announced again
 * where it was stored, not enriched a second time.
 */
@Component
class Backfill implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(Backfill.class);

	static final int PAGE = 100;

	private static final String SUBJECT = "every item";

	private final EnrichmentStore store;

	private final EnrichmentService enrichment;

	private final MongoCollection<Document> progress;

	private final MongoCollection<Document> leases;

	private final AuditTrail audit;

	private final Duration lease;

	private final Clock clock = Clock.systemUTC();

	private final String instance = "enrich-" + UUID.randomUUID().toString().substring(0, 8);

	private final Set<String> running = ConcurrentHashMap.newKeySet();

	// A daemon: a backfill cut short by a shutdown goes on at the next start.
	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "enrich-backfill");
		thread.setDaemon(true);
		return thread;
	});

	Backfill(EnrichmentStore store, EnrichmentService enrichment, MongoDatabase database, AuditTrail audit,
			EnrichProperties properties) {
		this.store = store;
		this.enrichment = enrichment;
		this.audit = audit;
		this.lease = properties.backfill().lease();
		this.progress = database.getCollection("backfills");
		this.leases = database.getCollection("backfill_leases");
	}

	/**
	 * Starts a backfill unless one with the same command id was started before.
	 * @param command the operator's command
	 */
	void start(OperatorCommand command) {
		AuditEntry entry = AuditEntry.of(command, SUBJECT);
		long total = this.store.countLive();
		Instant now = this.clock.instant();
		Document started = new Document("_id", command.id()).append("requestedBy", command.requestedBy())
			.append("total", total)
			.append("done", 0L)
			.append("reenriched", 0L)
			.append("failed", 0L)
			.append("after", null)
			.append("startedAt", Date.from(now))
			.append("finishedAt", null);
		try {
			this.progress.insertOne(started);
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
				throw ex;
			}
			this.audit.record(entry, AuditOutcome.NOTHING_TO_DO, "backfill " + command.id() + " was started before");
			return;
		}
		this.audit.record(entry, AuditOutcome.STARTED, total + " items to re-enrich",
				new AuditProgress(total, 0, 0, now));
		submit(command.id());
	}

	/** Takes up every unfinished backfill: after a restart, or one whose runner died. */
	@EventListener(ApplicationReadyEvent.class)
	void resumeUnfinished() {
		this.progress.find(Filters.eq("finishedAt", null)).forEach((doc) -> submit(doc.getString("_id")));
	}

	private void submit(String id) {
		if (this.running.add(id)) {
			this.executor.submit(() -> {
				try {
					run(id);
				}
				catch (RuntimeException ex) {
					log.error("Backfill {} stopped; it resumes at the next check", id, ex);
				}
				finally {
					this.running.remove(id);
				}
			});
		}
	}

	private void run(String id) {
		ReportingLease held = new ReportingLease(this.leases, id, this.instance, this.lease, this.clock);
		Document state = this.progress.find(Filters.eq("_id", id)).first();
		if (state == null || state.get("finishedAt") != null || !held.held()) {
			return;
		}
		AuditEntry entry = new AuditEntry(AuditAction.BACKFILL,
				Objects.requireNonNullElse(state.getString("requestedBy"), "unknown"), SUBJECT, null, id);
		Instant started = state.getDate("startedAt").toInstant();
		long total = BsonValues.number(state, "total");
		String after = state.getString("after");
		long done = BsonValues.number(state, "done");
		long reenriched = BsonValues.number(state, "reenriched");
		long failed = BsonValues.number(state, "failed");
		if (after != null) {
			log.info("Backfill {} resumes after {} ({} done)", id, after, done);
		}
		for (List<EnrichedItem> page = this.store.liveAfter(after, PAGE); !page.isEmpty(); page = this.store
			.liveAfter(after, PAGE)) {
			EnrichmentService.Reenriched outcome = this.enrichment.reenrich(page, id);
			reenriched += outcome.reenriched();
			failed += outcome.failed();
			done += page.size();
			after = page.get(page.size() - 1).contentId();
			this.progress.updateOne(Filters.eq("_id", id),
					Updates.combine(Updates.set("done", done), Updates.set("reenriched", reenriched),
							Updates.set("failed", failed), Updates.set("after", after),
							Updates.set("updatedAt", Date.from(this.clock.instant()))));
			this.audit.progress(entry, new AuditProgress(total, done, failed, started));
			if (!held.held()) {
				log.info("Backfill {} went on elsewhere after {}", id, after);
				return;
			}
		}
		Instant finished = this.clock.instant();
		this.progress.updateOne(Filters.eq("_id", id), Updates.set("finishedAt", Date.from(finished)));
		this.audit.record(entry, (failed == 0) ? AuditOutcome.DONE : AuditOutcome.FAILED,
				done + " items read, " + reenriched + " re-enriched, " + failed + " failed in "
						+ Duration.between(started, finished).toSeconds() + " s",
				new AuditProgress(total, done, failed, started).finished());
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
