package org.newsroom.pipeline.enrich.keywords;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Document frequencies that count new documents in memory and add them to the store in
 * one merged bulk write per flush interval.
 *
 * <p>
 * Counting each document in the store took one upsert per distinct stem, a few hundred
 * per article, and was most of enrich's time under load (see docs/performance.md).
 * Merged, a common stem costs one {@code $inc} per interval. The counts are statistics
 * for keyword weights: this instance sees its own counts at once, others after the next
 * flush, and a crash loses at most one interval of counts, never content.
 */
public final class BufferedDocumentFrequencies implements DocumentFrequencies, AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(BufferedDocumentFrequencies.class);

	private final MongoDocumentFrequencies store;

	private final ScheduledExecutorService flusher;

	private Map<String, Long> pending = new HashMap<>();

	private long pendingDocuments;

	private volatile long storedDocuments = -1;

	/**
	 * Starts flushing in the background.
	 * @param store where the counts are kept
	 * @param interval how often pending counts are written
	 */
	public BufferedDocumentFrequencies(MongoDocumentFrequencies store, Duration interval) {
		this.store = store;
		this.flusher = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "document-frequencies-flush");
			thread.setDaemon(true);
			return thread;
		});
		this.flusher.scheduleWithFixedDelay(this::flushQuietly, interval.toMillis(), interval.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	@Override
	public long documents() {
		long stored = this.storedDocuments;
		if (stored < 0) {
			stored = this.store.documents();
			this.storedDocuments = stored;
		}
		synchronized (this) {
			return stored + this.pendingDocuments;
		}
	}

	@Override
	public Map<String, Long> frequencies(Collection<String> stems) {
		Map<String, Long> result = this.store.frequencies(stems);
		synchronized (this) {
			for (String stem : stems) {
				Long count = this.pending.get(stem);
				if (count != null) {
					result.merge(stem, count, Long::sum);
				}
			}
		}
		return result;
	}

	@Override
	public synchronized void add(Set<String> stems) {
		stems.forEach((stem) -> this.pending.merge(stem, 1L, Long::sum));
		this.pendingDocuments++;
	}

	/**
	 * Writes the pending counts; on failure they stay pending for the next flush.
	 */
	public void flush() {
		Map<String, Long> counts;
		long documents;
		synchronized (this) {
			if (this.pendingDocuments == 0) {
				return;
			}
			counts = this.pending;
			documents = this.pendingDocuments;
			this.pending = new HashMap<>();
			this.pendingDocuments = 0;
		}
		try {
			this.store.add(counts, documents);
		}
		catch (RuntimeException ex) {
			synchronized (this) {
				counts.forEach((stem, count) -> this.pending.merge(stem, count, Long::sum));
				this.pendingDocuments += documents;
			}
			throw ex;
		}
		this.storedDocuments = this.store.documents();
	}

	private void flushQuietly() {
		try {
			flush();
		}
		catch (RuntimeException ex) {
			logger.warn("Document frequencies not written yet, kept for the next try: {}", ex.toString());
		}
	}

	/** Stops the background flushes and writes what is pending. */
	@Override
	public void close() {
		this.flusher.shutdown();
		try {
			this.flusher.awaitTermination(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		flushQuietly();
	}

}
