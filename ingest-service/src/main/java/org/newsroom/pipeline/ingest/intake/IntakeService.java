package org.newsroom.pipeline.ingest.intake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.newsroom.pipeline.contract.lineage.LineageOutcome;
import org.newsroom.pipeline.ingest.store.ContentStore;
import org.newsroom.pipeline.ingest.store.StoredItem;
import org.newsroom.pipeline.ingest.store.WriteOutcome;
import org.newsroom.pipeline.ingest.validation.CmsEvent;
import org.newsroom.pipeline.ingest.validation.CmsEventReader;
import org.newsroom.pipeline.support.kafka.EventSender;
import org.newsroom.pipeline.support.kafka.PermanentFailureException;
import org.newsroom.pipeline.support.lineage.LineageRecorder;
import org.newsroom.pipeline.support.lineage.LineageStep;
import org.newsroom.pipeline.support.metrics.StageMetrics;
import org.newsroom.pipeline.support.tracing.TraceContext;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.stereotype.Service;

/**
 * Takes a batch of CMS records in: rejects the invalid ones to the dead-letter topic,
 * stores the newest revision of each item with conditional bulk upserts, announces what
 * it stored, and records lineage for every record. Returns only when every write and send
 * is acknowledged, so the batch's offsets are committed only then.
 */
@Service
public class IntakeService {

	static final String STAGE = "ingest";

	private static final Logger log = LoggerFactory.getLogger(IntakeService.class);

	private final CmsEventReader reader;

	private final ContentStore store;

	private final Announcer announcer;

	private final DeadLetterPublishingRecoverer deadLetters;

	private final LineageRecorder lineage;

	private final EventSender sender;

	private final StageMetrics metrics;

	private final MeterRegistry registry;

	IntakeService(CmsEventReader reader, ContentStore store, Announcer announcer,
			DeadLetterPublishingRecoverer deadLetters, LineageRecorder lineage, EventSender sender,
			StageMetrics metrics, MeterRegistry registry) {
		this.reader = reader;
		this.store = store;
		this.announcer = announcer;
		this.deadLetters = deadLetters;
		this.lineage = lineage;
		this.sender = sender;
		this.metrics = metrics;
		this.registry = registry;
	}

	/**
	 * Ingests a batch of records from {@code cms.content.v1}.
	 * @param records the batch, in partition order
	 * @param consumer the consumer, for dead-letter headers
	 */
	public void ingest(List<ConsumerRecord<String, byte[]>> records, Consumer<?, ?> consumer) {
		long start = System.nanoTime();
		this.registry.counter("pipeline.ingest.received").increment(records.size());
		List<CompletableFuture<?>> sends = new ArrayList<>();
		List<CmsEvent> accepted = new ArrayList<>();
		for (ConsumerRecord<String, byte[]> record : records) {
			CmsEvent event = this.reader.fromKafka(record.key(), headers(record), record.value());
			if (event.accepted()) {
				accepted.add(event);
			}
			else {
				reject(record, event, consumer, sends);
			}
		}
		Map<String, Long> announced = new LinkedHashMap<>();
		for (List<CmsEvent> round : rounds(accepted)) {
			store(round, sends, announced);
		}
		this.sender.awaitAll(sends);
		this.store.markAnnounced(announced);
		this.metrics.processing(STAGE, Duration.ofNanos(System.nanoTime() - start));
	}

	private void store(List<CmsEvent> round, List<CompletableFuture<?>> sends, Map<String, Long> announced) {
		List<WriteOutcome> writes = this.store.write(round);
		List<String> notNewer = new ArrayList<>();
		for (int i = 0; i < round.size(); i++) {
			if (writes.get(i) == WriteOutcome.NOT_NEWER) {
				notNewer.add(round.get(i).content().contentId());
			}
		}
		Map<String, StoredItem> stored = notNewer.isEmpty() ? Map.of() : this.store.find(notNewer);
		for (int i = 0; i < round.size(); i++) {
			CmsEvent event = round.get(i);
			StoredItem item = stored.get(event.content().contentId());
			IngestOutcome outcome = IngestOutcome.of(event, writes.get(i), item);
			TraceContext.open(event.event().extensions().get("traceparent"), event.content().contentId(), STAGE);
			try {
				if (outcome.announce()) {
					sends.add(this.announcer.announce(event));
					announced.put(event.content().contentId(), event.content().revision());
				}
				sends.add(this.lineage.record(LineageStep
					.of(event.content().contentId(), event.content().revision(), STAGE, outcome.lineage())
					.withDetail(outcome.detail(item))
					.withItem(event.content().headline(), event.event().time())));
			}
			finally {
				TraceContext.close();
			}
		}
	}

	private void reject(ConsumerRecord<String, byte[]> record, CmsEvent event, Consumer<?, ?> consumer,
			List<CompletableFuture<?>> sends) {
		TraceContext.open(record.headers(), record.key(), STAGE);
		try {
			log.warn("Rejected record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
					event.reason());
			this.deadLetters.accept(record, consumer, new PermanentFailureException(event.reason()));
			sends.add(this.lineage
				.record(LineageStep.of(record.key(), 0, STAGE, LineageOutcome.REJECTED).withDetail(event.reason())));
		}
		finally {
			TraceContext.close();
		}
	}

	/**
	 * Splits a batch into rounds with at most one event per item, keeping each item's
	 * events in arrival order, so each round can be one unordered bulk write.
	 */
	static List<List<CmsEvent>> rounds(List<CmsEvent> events) {
		List<List<CmsEvent>> rounds = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (CmsEvent event : events) {
			int round = seen.merge(event.content().contentId(), 1, Integer::sum) - 1;
			if (round == rounds.size()) {
				rounds.add(new ArrayList<>());
			}
			rounds.get(round).add(event);
		}
		return rounds;
	}

	private static Map<String, byte[]> headers(ConsumerRecord<String, byte[]> record) {
		Map<String, byte[]> headers = new LinkedHashMap<>();
		for (Header header : record.headers()) {
			headers.put(header.key(), header.value());
		}
		return headers;
	}

}
