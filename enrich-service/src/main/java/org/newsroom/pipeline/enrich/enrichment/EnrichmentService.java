package org.newsroom.pipeline.enrich.enrichment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.newsroom.pipeline.contract.EventTypes;
import org.newsroom.pipeline.contract.events.ContentEnriched;
import org.newsroom.pipeline.contract.events.ContentIngested;
import org.newsroom.pipeline.contract.events.ContentWithdrawn;
import org.newsroom.pipeline.contract.events.StageEvent;
import org.newsroom.pipeline.contract.lineage.LineageOutcome;
import org.newsroom.pipeline.enrich.chain.EnricherChain;
import org.newsroom.pipeline.enrich.chain.EnrichmentResult;
import org.newsroom.pipeline.support.config.PipelineProperties;
import org.newsroom.pipeline.support.kafka.EventSender;
import org.newsroom.pipeline.support.lineage.LineageRecorder;
import org.newsroom.pipeline.support.lineage.LineageStep;
import org.newsroom.pipeline.support.metrics.StageMetrics;
import org.springframework.stereotype.Service;

/**
 * Enriches each new revision once, stores the result, announces it on
 * {@code content.enriched.v1}, and passes withdrawals through. A revision that is not
 * newer is recorded as stale or duplicate and changes nothing; a stored but unannounced
 * one (a crash between write and send) is announced again.
 */
@Service
public class EnrichmentService {

	static final String STAGE = "enrich";

	private final EnricherChain chain;

	private final EnrichmentStore store;

	private final EventSender sender;

	private final LineageRecorder lineage;

	private final StageMetrics metrics;

	private final String topic;

	EnrichmentService(EnricherChain chain, EnrichmentStore store, EventSender sender, LineageRecorder lineage,
			StageMetrics metrics, PipelineProperties properties) {
		this.chain = chain;
		this.store = store;
		this.sender = sender;
		this.lineage = lineage;
		this.metrics = metrics;
		this.topic = properties.topics().enriched();
	}

	/**
	 * Handles an event from {@code content.ingested.v1}.
	 * @param event an ingested item or a withdrawal
	 */
	public void handle(StageEvent event) {
		long start = System.nanoTime();
		if (event instanceof ContentIngested ingested) {
			enrich(ingested, start);
		}
		else if (event instanceof ContentWithdrawn withdrawn) {
			withdraw(withdrawn);
		}
		this.metrics.processing(STAGE, Duration.ofNanos(System.nanoTime() - start));
	}

	/**
	 * Enriches a stored item again with the current enrichers, under the next enrichment
	 * version.
	 * @param item the stored item
	 * @return {@code true} when a new version was stored and announced
	 */
	public boolean reenrich(EnrichedItem item) {
		if (item.withdrawn() || item.input() == null) {
			return false;
		}
		long start = System.nanoTime();
		ContentEnriched result = enrichment(item.input(), item.enrichmentVersion() + 1);
		if (!this.store.store(result, item.input())) {
			return false;
		}
		announce(result, start, "re-enriched as version " + result.enrichmentVersion());
		return true;
	}

	private void enrich(ContentIngested ingested, long start) {
		Optional<EnrichedItem> stored = this.store.find(ingested.contentId());
		if (stored.isPresent() && stored.get().revision() >= ingested.revision()) {
			notNewer(ingested.contentId(), ingested.revision(), stored.get(), ingested);
			return;
		}
		ContentEnriched result = enrichment(ingested, 1);
		if (this.store.store(result, ingested)) {
			announce(result, start, null);
		}
		else {
			this.store.find(ingested.contentId())
				.ifPresent((current) -> notNewer(ingested.contentId(), ingested.revision(), current, ingested));
		}
	}

	private void notNewer(String contentId, long revision, EnrichedItem stored, ContentIngested ingested) {
		if (stored.revision() == revision && !stored.announced() && stored.result() != null) {
			announce(stored.result(), System.nanoTime(), "announced again after an interrupted run");
			return;
		}
		LineageOutcome outcome = (stored.revision() == revision) ? LineageOutcome.DUPLICATE : LineageOutcome.STALE;
		this.sender.awaitAll(List.of(this.lineage.record(LineageStep.of(contentId, revision, STAGE, outcome)
			.withDetail("stored revision is " + stored.revision())
			.withItem(ingested.content().headline(), cmsTime(ingested)))));
	}

	private void withdraw(ContentWithdrawn withdrawn) {
		boolean stored = this.store.withdraw(withdrawn.contentId(), withdrawn.revision());
		Optional<EnrichedItem> current = stored ? Optional.empty() : this.store.find(withdrawn.contentId());
		boolean redo = current
			.map((item) -> item.withdrawn() && item.revision() == withdrawn.revision() && !item.announced())
			.orElse(false);
		List<CompletableFuture<?>> sends = new ArrayList<>();
		if (stored || redo) {
			ContentWithdrawn passed = new ContentWithdrawn(withdrawn.contentId(), withdrawn.revision(),
					withdrawn.kind(), withdrawn.reason(), withdrawn.cmsEvent(), Instant.now());
			sends.add(this.sender.send(this.topic, withdrawn.contentId(),
					StageEvent.eventId(withdrawn.contentId(), withdrawn.revision(), ContentWithdrawn.STAGE),
					EventTypes.WITHDRAWN, passed.withdrawnAt(), passed));
		}
		LineageOutcome outcome = (stored || redo) ? LineageOutcome.WITHDRAWN : LineageOutcome.STALE;
		sends.add(this.lineage.record(LineageStep.of(withdrawn.contentId(), withdrawn.revision(), STAGE, outcome)
			.withItem(null, (withdrawn.cmsEvent() != null) ? withdrawn.cmsEvent().time() : null)));
		this.sender.awaitAll(sends, (stored || redo)
				? () -> this.store.markAnnounced(withdrawn.contentId(), withdrawn.revision(), 0) : null);
	}

	private ContentEnriched enrichment(ContentIngested ingested, long version) {
		EnrichmentResult result = this.chain.enrich(ingested);
		return new ContentEnriched(ingested.contentId(), ingested.revision(), version, result.item(),
				result.provenance(), ingested.cmsEvent(), Instant.now());
	}

	private void announce(ContentEnriched result, long start, String note) {
		long micros = (System.nanoTime() - start) / 1000;
		String failed = result.provenance()
			.stream()
			.filter((run) -> "failed".equals(run.outcome()))
			.map((run) -> run.enricher() + ": " + run.error())
			.reduce((a, b) -> a + "; " + b)
			.map((text) -> "; failed " + text)
			.orElse("");
		String detail = "chain " + this.chain.version() + ", version " + result.enrichmentVersion() + failed
				+ ((note != null) ? "; " + note : "");
		this.sender.awaitAll(
				List.of(this.sender.send(this.topic, result.contentId(), eventId(result), EventTypes.ENRICHED,
						result.enrichedAt(), result),
						this.lineage.record(
								LineageStep.of(result.contentId(), result.revision(), STAGE, LineageOutcome.ENRICHED)
									.withDetail(detail)
									.withItem(result.item().headline(),
											(result.cmsEvent() != null) ? result.cmsEvent().time() : null)
									.withDuration(micros))),
				() -> this.store.markAnnounced(result.contentId(), result.revision(), result.enrichmentVersion()));
	}

	/**
	 * The deterministic id of an enriched event; a re-enrichment gets its own, so
	 * consumers do not take it for a repeat.
	 */
	static String eventId(ContentEnriched result) {
		String stage = (result.enrichmentVersion() <= 1) ? ContentEnriched.STAGE
				: ContentEnriched.STAGE + "-v" + result.enrichmentVersion();
		return StageEvent.eventId(result.contentId(), result.revision(), stage);
	}

	private static Instant cmsTime(ContentIngested ingested) {
		return (ingested.cmsEvent() != null) ? ingested.cmsEvent().time() : null;
	}

}
