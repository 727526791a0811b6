package org.newsroom.pipeline.local.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.newsroom.pipeline.contract.Topics;
import org.newsroom.pipeline.contract.json.ContractJson;
import org.newsroom.pipeline.contract.lineage.LineageEvent;
import org.newsroom.pipeline.contract.lineage.LineageOutcome;

/**
 * Reads {@code pipeline.lineage.v1} in the background and keeps, per item of the runs it
 * watches, when each stage finished it.
 */
final class LineageWatch implements AutoCloseable {

	private final KafkaConsumer<String, byte[]> consumer;

	private final Map<String, StageTimes> items = new ConcurrentHashMap<>();

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final Thread thread;

	private final String prefix;

	LineageWatch(String bootstrapServers, String prefix) {
		this.prefix = prefix;
		this.consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ConsumerConfig.GROUP_ID_CONFIG,
						"benchmark-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
						ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000,
						ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
				new StringDeserializer(), new ByteArrayDeserializer());
		this.consumer.subscribe(List.of(Topics.PIPELINE_LINEAGE));
		this.thread = new Thread(this::run, "benchmark-lineage");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	private void run() {
		while (this.running.get()) {
			for (ConsumerRecord<String, byte[]> record : this.consumer.poll(Duration.ofMillis(100))) {
				if (record.key() != null && record.key().startsWith(this.prefix)) {
					add(ContractJson.mapper().readValue(record.value(), LineageEvent.class));
				}
			}
		}
		this.consumer.close(Duration.ofSeconds(5));
	}

	private void add(LineageEvent event) {
		StageTimes times = this.items.computeIfAbsent(event.contentId(), (id) -> new StageTimes());
		times.record(event);
	}

	/**
	 * Waits until every item of a run was published, or gives up.
	 * @param runId the run's content id prefix
	 * @param count how many items the run sent
	 * @param timeout how long to wait at most
	 * @return the stage times of the run's items
	 */
	Map<String, StageTimes> awaitPublished(String runId, int count, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (published(runId) < count && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		Map<String, StageTimes> run = new ConcurrentHashMap<>();
		this.items.forEach((id, times) -> {
			if (id.startsWith(runId + "-")) {
				run.put(id, times);
			}
		});
		return run;
	}

	private long published(String runId) {
		return this.items.entrySet()
			.stream()
			.filter((e) -> e.getKey().startsWith(runId + "-") && e.getValue().published() != null)
			.count();
	}

	@Override
	public void close() throws InterruptedException {
		this.running.set(false);
		this.thread.join(10_000);
	}

	/** When each stage finished one item, from its lineage. */
	static final class StageTimes {

		private volatile Instant cmsTime;

		private volatile Instant ingested;

		private volatile Instant enriched;

		private volatile Instant published;

		void record(LineageEvent event) {
			if (event.cmsTime() != null && this.cmsTime == null) {
				this.cmsTime = event.cmsTime();
			}
			if (event.outcome() == LineageOutcome.ACCEPTED && this.ingested == null) {
				this.ingested = event.at();
			}
			else if (event.outcome() == LineageOutcome.ENRICHED && this.enriched == null) {
				this.enriched = event.at();
			}
			else if (event.outcome() == LineageOutcome.PUBLISHED && this.published == null) {
				this.published = event.at();
			}
		}

		Instant cmsTime() {
			return this.cmsTime;
		}

		Instant ingested() {
			return this.ingested;
		}

		Instant enriched() {
			return this.enriched;
		}

		Instant published() {
			return this.published;
		}

	}

}
