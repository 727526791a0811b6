package org.newsroom.pipeline.local.broker;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsroom.pipeline.local.process.Readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class KafkaBrokerTests {

	@TempDir
	static Path dataDir;

	static KafkaBroker broker;

	@BeforeAll
	static void startBroker() throws IOException {
		BrokerSettings settings = BrokerSettings.of(dataDir.resolve("kafka"), dataDir.resolve("logs/kafka.log"),
				Readiness.freePort(), Readiness.freePort());
		broker = new KafkaBroker(settings);
		broker.start();
	}

	@AfterAll
	static void stopBroker() {
		broker.stop();
	}

	@Test
	void deliversARecordFromProducerToConsumer() throws Exception {
		String topic = "round-trip-" + UUID.randomUUID();
		send(topic, "item-1", "hello");

		assertThat(readAll(topic, 1)).extracting(ConsumerRecord::key, ConsumerRecord::value)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("item-1", "hello"));
	}

	@Test
	void keepsRecordsAcrossARestartOnTheSameDataFolder() throws Exception {
		String topic = "durable-" + UUID.randomUUID();
		send(topic, "item-2", "before restart");

		broker.stop();
		assertThat(broker.isRunning()).isFalse();
		broker.start();

		assertThat(readAll(topic, 1)).extracting(ConsumerRecord::value).containsExactly("before restart");
	}

	private static void send(String topic, String key, String value) throws Exception {
		Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
				ProducerConfig.ACKS_CONFIG, "all");
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
				new StringSerializer())) {
			producer.send(new ProducerRecord<>(topic, key, value)).get();
		}
	}

	private static List<ConsumerRecord<String, String>> readAll(String topic, int expected) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
				ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
				"earliest");
		List<ConsumerRecord<String, String>> records = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of(topic));
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				consumer.poll(Duration.ofMillis(200)).forEach(records::add);
				return records.size() >= expected;
			});
		}
		return records;
	}

}
