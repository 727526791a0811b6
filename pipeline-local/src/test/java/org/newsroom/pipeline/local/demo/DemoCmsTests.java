package org.newsroom.pipeline.local.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsroom.pipeline.contract.Topics;
import org.newsroom.pipeline.local.broker.BrokerSettings;
import org.newsroom.pipeline.local.broker.KafkaBroker;
import org.newsroom.pipeline.local.process.Readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DemoCmsTests {

	@TempDir
	static Path dataDir;

	static KafkaBroker broker;

	@BeforeAll
	static void startBroker() throws IOException {
		broker = new KafkaBroker(BrokerSettings.of(dataDir.resolve("kafka"), dataDir.resolve("logs/kafka.log"),
				Readiness.freePort(), Readiness.freePort()));
		broker.start();
	}

	@AfterAll
	static void stopBroker() {
		broker.stop();
	}

	@Test
	void replaysEverySampleOnceWithKeyAndHeadersAndNothingOnTheNextStart() throws IOException {
		List<SampleRecord> samples = SampleRecord.packaged();
		DemoCms demo = new DemoCms(broker.bootstrapServers(), dataDir);

		assertThat(demo.replayOnFirstStart()).isEqualTo(samples.size());
		assertThat(new DemoCms(broker.bootstrapServers(), dataDir).replayOnFirstStart()).isZero();

		List<ConsumerRecord<String, String>> records = readAll(samples.size());
		assertThat(records).hasSize(samples.size());
		assertThat(records.stream().map(DemoCmsTests::asSample)).containsExactlyInAnyOrderElementsOf(samples);
	}

	@Test
	void packagesTheRepositorySamplesWithKeysAndCloudEventsHeaders() throws IOException {
		List<SampleRecord> samples = SampleRecord.packaged();

		assertThat(samples).hasSize(8);
		assertThat(samples.get(0).key()).isEqualTo("bundestalk-2024-11-ukraine");
		assertThat(samples.get(0).headers()).containsEntry("ce_type", "news.content.published")
			.containsEntry("ce_id", "evt-0001")
			.containsKeys("ce_specversion", "ce_source", "ce_time", "content-type");
		assertThat(samples.get(0).value()).startsWith("{\"contentId\":\"bundestalk-2024-11-ukraine\"");
	}

	private static SampleRecord asSample(ConsumerRecord<String, String> record) {
		Map<String, String> headers = new LinkedHashMap<>();
		for (Header header : record.headers()) {
			headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
		}
		return new SampleRecord(record.key(), headers, record.value());
	}

	private static List<ConsumerRecord<String, String>> readAll(int expected) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
				ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
				"earliest");
		List<ConsumerRecord<String, String>> records = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of(Topics.CMS_CONTENT));
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				consumer.poll(Duration.ofMillis(200)).forEach(records::add);
				return records.size() >= expected;
			});
			List<TopicPartition> partitions = consumer.partitionsFor(Topics.CMS_CONTENT)
				.stream()
				.map((info) -> new TopicPartition(info.topic(), info.partition()))
				.toList();
			// The log end offsets count every record ever written, so a second replay
			// would show here.
			long written = consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
			assertThat(written).isEqualTo(expected);
			assertThat(partitions).hasSize(6);
		}
		return records;
	}

}
