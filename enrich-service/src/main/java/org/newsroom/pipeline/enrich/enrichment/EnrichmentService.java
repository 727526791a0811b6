package org.newsroom.pipeline.enrich.enrichment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.newsroom.pipeline.contract.EventTypes;
import org.newsroom.pipeline.contract.events.CmsEventRef;
import org.newsroom.pipeline.contract.events.ContentEnriched;
import org.newsroom.pipeline.contract.events.ContentIngested;
import org.newsroom.pipeline.contract.events.ContentWithdrawn;
import org.newsroom.pipeline.contract.events.StageEvent;
import org.newsroom.pipeline.contract.lineage.LineageOutcome;
import org.newsroom.pipeline.enrich.chain.EnricherChain;
import org.newsroom.pipeline.enrich.chain.EnrichmentResult;
import org.newsroom.pipeline.support.config.PipelineProperties;
import org.newsroom.pipeline.support.kafka.FailureClassifier;
import org.newsroom.pipeline.support.lineage.LineageStep;
import org.newsroom.pipeline.support.stage.Decision;
import org.newsroom.pipeline.support.stage.Emission;
import org.newsroom.pipeline.support.stage.Received;
import org.newsroom.pipeline.support.stage.Stage;
import org.newsroom.pipeline.support.stage.StageEngine;
import org.newsroom.pipeline.support.stage.StageInputs;
import org.springframework.stereotype.Service;

/**
 * Enrich's part of the stage engine: each new revision is enriched once, stored, and
 * announced on {@code content.enriched.v1}; withdrawals pass through. A revision that is
 * not newer is recorded as stale or duplicate and changes nothing.
 */
@Service
public class EnrichmentService implements Stage<StageEvent, StageEvent, EnrichedItem> {

	private static final Logger log = LoggerFactory.getLogger(EnrichmentService.class);

	static final String STAGE = "enrich";

	private final EnricherChain chain;

	private final EnrichmentStore store;

	private final StageEngine engine;

	private final String topic;

	EnrichmentService(EnricherChain chain, EnrichmentStore store, StageEngine engine, PipelineProperties properties) {
		this.chain = chain;
		this.store = store;
		this.engine = engine;
		this.topic = properties.topics().enriched();
	}

	@Override
	public String name() {
		return STAGE;
	}

	@Override
	public StageEvent read(ConsumerRecord<String, StageEvent> record) {
		return StageInputs.itemOrWithdrawal(record, ContentIngested.class, "an ingested item");
	}

	@Override
	public String itemId(StageEvent input) {
		return input.contentId();
	}

	@Override
	public Map<String, EnrichedItem> load(Collection<String> itemIds) {
		return this.store.find(itemIds);
	}

	@Override
	public Decision<EnrichedItem> decide(Received<StageEvent> received, EnrichedItem stored) {
		StageEvent event = received.value();
		if (stored != null && received.wrote(stored.writtenAt())) {
			return Decision.announceAgain(stored,
					step(stored, stored.withdrawn() ? LineageOutcome.WITHDRAWN : LineageOutcome.ENRICHED,
							"announced again after an interrupted attempt", 0));
		}
		if (event instanceof ContentWithdrawn withdrawn) {
			return withdraw(withdrawn, received.position(), stored);
		}
		ContentIngested ingested = (ContentIngested) event;
		if (stored != null && stored.revision() >= ingested.revision()) {
			return Decision.skip(stored, notNewer(ingested.contentId(), ingested.revision(), stored)
				.withItem(ingested.content().headline(), cmsTime(ingested)));
		}
		long start = System.nanoTime();
		ContentEnriched result = enrichment(ingested, 1);
		EnrichedItem next = new EnrichedItem(ingested.contentId(), ingested.revision(), 1, false, ingested, result,
				null, received.position(), (stored != null) ? stored.writes() : 0, null);
		return Decision.store(next, step(next, LineageOutcome.ENRICHED, null, (System.nanoTime() - start) / 1000));
	}

	/** A withdrawal of the stored revision or a newer one takes effect. */
	private Decision<EnrichedItem> withdraw(ContentWithdrawn withdrawn, String position, EnrichedItem stored) {
		boolean takesEffect = stored == null || withdrawn.revision() > stored.revision()
				|| (withdrawn.revision() == stored.revision() && !stored.withdrawn());
		if (!takesEffect) {
			return Decision.skip(stored, notNewer(withdrawn.contentId(), withdrawn.revision(), stored));
		}
		EnrichedItem next = new EnrichedItem(withdrawn.contentId(), withdrawn.revision(), 0, true,
				(stored != null) ? stored.input() : null, null, withdrawn, position,
				(stored != null) ? stored.writes() : 0, null);
		return Decision.store(next, step(next, LineageOutcome.WITHDRAWN, null, 0));
	}

	@Override
	public Collection<String> write(List<Change<EnrichedItem>> changes) {
		return this.store.write(changes.stream()
			.map((change) -> new EnrichmentStore.Change((change.before() != null) ? change.before().writes() : 0,
					change.after()))
			.toList());
	}

	@Override
	public List<Emission> emissions(EnrichedItem item) {
		if (item.withdrawn()) {
			ContentWithdrawn w = item.withdrawal();
			ContentWithdrawn passed = new ContentWithdrawn(w.contentId(), w.revision(), w.kind(), w.reason(),
					w.takedown(), w.cmsEvent(), Instant.now());
			return List.of(new Emission(this.topic, w.contentId(),
					StageEvent.eventId(w.contentId(), w.revision(), ContentWithdrawn.STAGE), EventTypes.WITHDRAWN,
					passed.withdrawnAt(), passed));
		}
		ContentEnriched result = item.result();
		return List.of(new Emission(this.topic, result.contentId(), eventId(result), EventTypes.ENRICHED,
				result.enrichedAt(), result));
	}

	/**
	 * Enriches a stored item again with the current enrichers, under the next enrichment
	 * version, and announces it.
	 * @param item the stored item
	 * @return {@code true} when a new version was stored and announced
	 */
	public boolean reenrich(EnrichedItem item) {
		return reenrich(List.of(item), null).reenriched() == 1;
	}

	/**
	 * Enriches a page of stored items again for a backfill, which their stored states
	 * then name: one bulk write and one transaction for the page. An item this backfill
	 * stored already, before a restart cut its page short, is announced again as stored,
	 * not enriched a second time; consumers drop the repeat by its event id, and take it
	 * if the first announcement never got out.
	 * @param items the stored items
	 * @param backfill the backfill's id, or {@code null} for an operator's one-item
	 * command
	 * @return how many were re-enriched and how many failed; the others were withdrawn or
	 * rewritten by a newer revision meanwhile, which the current enrichers handled
	 */
	public Reenriched reenrich(List<EnrichedItem> items, String backfill) {
		List<Change<EnrichedItem>> changes = new ArrayList<>();
		Map<String, LineageStep> steps = new HashMap<>();
		List<Decision<EnrichedItem>> decisions = new ArrayList<>();
		int failed = 0;
		for (EnrichedItem item : items) {
			if (item.withdrawn() || item.input() == null) {
				continue;
			}
			if (backfill != null && backfill.equals(item.backfill())) {
				decisions.add(Decision.announceAgain(item,
						step(item, LineageOutcome.ENRICHED, "announced again after an interrupted backfill", 0)));
				continue;
			}
			long start = System.nanoTime();
			try {
				ContentEnriched result = enrichment(item.input(), item.enrichmentVersion() + 1);
				EnrichedItem next = new EnrichedItem(item.contentId(), item.revision(), result.enrichmentVersion(),
						false, item.input(), result, null, null, item.writes(), backfill);
				changes.add(new Change<>(item, next));
				steps.put(item.contentId(), step(next, LineageOutcome.ENRICHED,
						"re-enriched as version " + result.enrichmentVersion(), (System.nanoTime() - start) / 1000));
			}
			catch (RuntimeException ex) {
				if (FailureClassifier.classify(ex) == FailureClassifier.Kind.TRANSIENT) {
					throw ex;
				}
				log.warn("Could not re-enrich {}: {}", item.contentId(), ex.getMessage());
				failed++;
			}
		}
		Collection<String> rewritten = changes.isEmpty() ? List.of() : write(changes);
		for (Change<EnrichedItem> change : changes) {
			EnrichedItem next = change.after();
			if (!rewritten.contains(next.contentId())) {
				decisions.add(Decision.store(next, steps.get(next.contentId())));
			}
		}
		if (!decisions.isEmpty()) {
			this.engine.announce(this, decisions);
		}
		return new Reenriched(decisions.size(), failed);
	}

	/**
	 * What re-enriching a page did.
	 *
	 * @param reenriched the items stored and announced under a new version, or announced
	 * again
	 * @param failed the items the enrichers could not handle
	 */
	public record Reenriched(int reenriched, int failed) {
	}

	private ContentEnriched enrichment(ContentIngested ingested, long version) {
		EnrichmentResult result = this.chain.enrich(ingested);
		return new ContentEnriched(ingested.contentId(), ingested.revision(), version, result.item(),
				result.provenance(), ingested.cmsEvent(), Instant.now());
	}

	private LineageStep step(EnrichedItem item, LineageOutcome outcome, String note, long micros) {
		String detail = null;
		if (item.result() != null) {
			String failed = item.result()
				.provenance()
				.stream()
				.filter((run) -> "failed".equals(run.outcome()))
				.map((run) -> run.enricher() + ": " + run.error())
				.reduce((a, b) -> a + "; " + b)
				.map((text) -> "; failed " + text)
				.orElse("");
			detail = "chain " + this.chain.version() + ", version " + item.enrichmentVersion() + failed
					+ ((note != null) ? "; " + note : "");
		}
		else if (note != null) {
			detail = note;
		}
		ContentWithdrawn w = item.withdrawal();
		Instant cmsTime = (item.result() != null) ? cmsTime(item.result().cmsEvent())
				: (w != null) ? cmsTime(w.cmsEvent()) : null;
		return LineageStep.of(item.contentId(), item.revision(), STAGE, outcome)
			.withDetail(detail)
			.withItem(item.withdrawn() ? null : item.headline(), cmsTime)
			.withDuration(micros);
	}

	private static LineageStep notNewer(String contentId, long revision, EnrichedItem stored) {
		LineageOutcome outcome = (stored.revision() == revision) ? LineageOutcome.DUPLICATE : LineageOutcome.STALE;
		return LineageStep.of(contentId, revision, STAGE, outcome)
			.withDetail("stored revision is " + stored.revision());
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
		return cmsTime(ingested.cmsEvent());
	}

	private static Instant cmsTime(CmsEventRef ref) {
		return (ref != null) ? ref.time() : null;
	}

}
