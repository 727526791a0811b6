package org.newsroom.pipeline.ingest.intake;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import org.newsroom.pipeline.contract.EventTypes;
import org.newsroom.pipeline.contract.cms.CmsContent;
import org.newsroom.pipeline.contract.events.ContentIngested;
import org.newsroom.pipeline.contract.events.ContentWithdrawn;
import org.newsroom.pipeline.contract.events.StageEvent;
import org.newsroom.pipeline.contract.lineage.LineageOutcome;
import org.newsroom.pipeline.ingest.IngestProperties;
import org.newsroom.pipeline.ingest.sources.KafkaSourceBounds;
import org.newsroom.pipeline.support.config.PipelineProperties;
import org.newsroom.pipeline.support.kafka.PermanentFailureException;
import org.newsroom.pipeline.support.lineage.LineageStep;
import org.newsroom.pipeline.support.stage.Decision;
import org.newsroom.pipeline.support.stage.Emission;
import org.newsroom.pipeline.support.stage.Received;
import org.newsroom.pipeline.support.stage.Stage;
import org.springframework.stereotype.Component;

/**
 * Ingest's part of the stage engine: a CMS record is validated, checked against what its
 * source may write, decided against the item's stored revision, stored, and announced on
 * {@code content.ingested.v1} under the deterministic id
 * {@code contentId:revision:stage}.
 */
@Component
class IntakeStage implements Stage<byte[], CmsEvent, StoredItem> {

	static final String STAGE = "ingest";

	private final CmsEventReader reader;

	private final KafkaSourceBounds bounds;

	private final ContentStore store;

	private final String topic;

	private final int recentEventIds;

	private final MeterRegistry registry;

	IntakeStage(CmsEventReader reader, KafkaSourceBounds bounds, ContentStore store, PipelineProperties pipeline,
			IngestProperties properties, MeterRegistry registry) {
		this.reader = reader;
		this.bounds = bounds;
		this.store = store;
		this.topic = pipeline.topics().ingested();
		this.recentEventIds = properties.recentEventIds();
		this.registry = registry;
	}

	@Override
	public String name() {
		return STAGE;
	}

	@Override
	public CmsEvent read(ConsumerRecord<String, byte[]> record) {
		this.registry.counter("pipeline.ingest.received").increment();
		CmsEvent event = this.reader.fromKafka(record.key(), headers(record), record.value());
		if (!event.accepted()) {
			throw new PermanentFailureException(event.reason());
		}
		Optional<String> outOfBounds = this.bounds.refusal(event.event().source(), event.content().contentId());
		if (outOfBounds.isPresent()) {
			throw new PermanentFailureException(outOfBounds.get());
		}
		return event;
	}

	@Override
	public String itemId(CmsEvent event) {
		return event.content().contentId();
	}

	@Override
	public Map<String, StoredItem> load(Collection<String> itemIds) {
		return this.store.find(itemIds);
	}

	/**
	 * A newer revision is stored and announced, and so is a withdrawal of the stored
	 * revision; a repeat of a stored event is a duplicate, a withdrawal of an older
	 * revision is dead-lettered with the reason, anything else is stale. A record that
	 * comes again at the position that stored the item is this stage's own interrupted
	 * attempt, and is announced again.
	 */
	@Override
	public Decision<StoredItem> decide(Received<CmsEvent> received, StoredItem current) {
		CmsEvent event = received.value();
		CmsContent content = event.content();
		StoredItem stored = (current != null) ? current : StoredItem.none(content.contentId());
		boolean withdrawal = EventTypes.WITHDRAWN.equals(event.event().type());
		if (received.wrote(stored.writtenAt())) {
			return Decision.announceAgain(stored, step(event, LineageOutcome.ACCEPTED,
					"stored revision " + stored.revision() + "; announced again after an interrupted attempt"));
		}
		if (stored.eventIds().contains(event.event().id())) {
			return Decision.skip(stored, step(event, LineageOutcome.DUPLICATE,
					"event " + event.event().id() + " was already ingested; stored revision is " + stored.revision()));
		}
		boolean newer = content.revision() > stored.revision();
		boolean killsStored = withdrawal && !stored.withdrawn() && content.revision() == stored.revision();
		if (newer || killsStored) {
			StoredItem next = stored.next(content, event.ref(), event.raw(), withdrawal, received.position(),
					this.recentEventIds);
			String warnings = event.warnings().isEmpty() ? ""
					: "; accepted with warnings: " + String.join("; ", event.warnings());
			return Decision.store(next,
					step(event, LineageOutcome.ACCEPTED, "stored revision " + content.revision() + warnings));
		}
		if (withdrawal) {
			// the CMS meant to take something down; a silent "stale" would leave it live
			throw new PermanentFailureException(stored.refusesWithdrawal(content.revision()).orElseThrow());
		}
		return Decision.skip(stored, step(event, LineageOutcome.STALE,
				"revision " + content.revision() + " is not newer than the stored revision " + stored.revision()));
	}

	@Override
	public Collection<String> write(List<Change<StoredItem>> changes) {
		return this.store.write(changes.stream()
			.map((change) -> new ContentStore.Change((change.before() != null) ? change.before().writes() : 0,
					change.after()))
			.toList());
	}

	@Override
	public List<Emission> emissions(StoredItem item) {
		Instant now = Instant.now();
		CmsContent content = item.content();
		if (item.withdrawn()) {
			ContentWithdrawn withdrawn = new ContentWithdrawn(content.contentId(), content.revision(), content.kind(),
					content.reason(), content.takesDown(), item.ref(), now);
			return List.of(new Emission(this.topic, content.contentId(),
					StageEvent.eventId(content.contentId(), content.revision(), ContentWithdrawn.STAGE),
					EventTypes.WITHDRAWN, now, withdrawn));
		}
		ContentIngested ingested = new ContentIngested(content.contentId(), content.revision(), content, item.ref(),
				now);
		return List.of(new Emission(this.topic, content.contentId(),
				StageEvent.eventId(content.contentId(), content.revision(), ContentIngested.STAGE), EventTypes.INGESTED,
				now, ingested));
	}

	private static LineageStep step(CmsEvent event, LineageOutcome outcome, String detail) {
		CmsContent content = event.content();
		return LineageStep.of(content.contentId(), content.revision(), STAGE, outcome)
			.withDetail(detail)
			.withItem(content.headline(), event.event().time())
			.withPlacement((content.kind() != null) ? content.kind().wireName() : null, content.section());
	}

	private static Map<String, byte[]> headers(ConsumerRecord<String, byte[]> record) {
		Map<String, byte[]> headers = new LinkedHashMap<>();
		for (Header header : record.headers()) {
			headers.put(header.key(), header.value());
		}
		return headers;
	}

}
