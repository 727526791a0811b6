package org.newsroom.pipeline.support.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.connection.ServerConnectionState;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.newsroom.pipeline.contract.Topics;
import org.newsroom.pipeline.contract.cms.ContentKind;
import org.newsroom.pipeline.contract.events.ContentWithdrawn;
import org.newsroom.pipeline.contract.json.ContractJson;
import org.newsroom.pipeline.support.config.PipelineProperties;
import org.newsroom.pipeline.support.metrics.StageMetrics;
import org.newsroom.pipeline.support.test.KafkaTestClient;
import org.newsroom.pipeline.support.test.PipelineInfrastructure;
import org.newsroom.pipeline.support.test.PipelineIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.newsroom.pipeline.support.test.KafkaTestClient.header;

@SpringBootTest(classes = RoundTripApplication.class)
@PipelineIntegrationTest
class DeadLetterRoundTripTests {

	@Autowired
	PipelineProperties properties;

	@Autowired
	MongoDatabase database;

	@Autowired
	MongoClient client;

	@Autowired
	RoundTripApplication.RecordingListener listener;

	@Autowired
	io.micrometer.core.instrument.MeterRegistry registry;

	KafkaTestClient kafka;

	@ParameterizedTest
	@EnumSource(Listener.class)
	void sendsAPoisonRecordToTheDeadLetterTopicWithItsCauseAndProcessesTheNextOne(Listener listener) {
		String topic = listener.topic(this.properties);
		String good = listener.id("good-1");
		this.kafka.send(topic, listener.id("poison-1"), Map.of(), "not json at all".getBytes(StandardCharsets.UTF_8));
		this.kafka.send(topic, good, Map.of(), event(good));

		ConsumerRecord<String, byte[]> dead = deadLetter(listener, listener.id("poison-1"));
		assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("not json at all");
		assertThat(header(dead, "kafka_dlt-exception-fqcn")).endsWith("DeserializationException");
		assertThat(header(dead, "kafka_dlt-exception-message")).isNotBlank();
		assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(topic);
		assertThat(header(dead, "kafka_dlt-original-partition")).isNotNull();
		assertThat(header(dead, "kafka_dlt-original-offset")).isNotNull();
		assertThat(header(dead, DeadLetterHeaders.REASON)).startsWith("value cannot be read");
		assertThat(header(dead, DeadLetterHeaders.SERVICE)).isEqualTo("support-test");
		assertThat(header(dead, DeadLetterHeaders.GROUP)).isEqualTo("round-trip");
		assertThat(Instant.parse(header(dead, DeadLetterHeaders.TIME))).isBeforeOrEqualTo(Instant.now());
		awaitStored(good);
	}

	@ParameterizedTest
	@EnumSource(Listener.class)
	void retriesATransientFailureUntilItSucceedsWithoutDeadLettering(Listener listener) {
		String id = listener.id("transient-1");
		this.kafka.send(listener.topic(this.properties), id, Map.of(), event(id));
		awaitStored(id);
		assertThat(this.listener.attempts(id)).isEqualTo(3);
		assertThat(deadLetterKeys(listener)).doesNotContain(id);
	}

	@ParameterizedTest
	@EnumSource(Listener.class)
	void deadLettersAPermanentFailureAtOnceWithItsReason(Listener listener) {
		String id = listener.id("permanent-1");
		this.kafka.send(listener.topic(this.properties), id, Map.of(), event(id));
		ConsumerRecord<String, byte[]> dead = deadLetter(listener, id);
		assertThat(header(dead, DeadLetterHeaders.REASON)).isEqualTo("$.headline: the headline is missing");
		assertThat(header(dead, DeadLetterHeaders.FAILURE_KIND)).isEqualTo("permanent");
		assertThat(this.listener.attempts(id)).isEqualTo(1);
		assertThat(this.registry.get(StageMetrics.DEAD_LETTERED)
			.tag("topic", listener.topic(this.properties))
			.counter()
			.count()).isGreaterThanOrEqualTo(1);
	}

	@ParameterizedTest
	@EnumSource(Listener.class)
	void deadLettersAFailureOfUnknownCauseAfterBoundedRetries(Listener listener) {
		String id = listener.id("unknown-1");
		this.kafka.send(listener.topic(this.properties), id, Map.of(), event(id));
		ConsumerRecord<String, byte[]> dead = deadLetter(listener, id);
		assertThat(header(dead, DeadLetterHeaders.FAILURE_KIND)).isEqualTo("unknown");
		assertThat(header(dead, DeadLetterHeaders.REASON)).contains("unexpected state");
		assertThat(this.listener.attempts(id)).isEqualTo(3);
	}

	@ParameterizedTest
	@EnumSource(Listener.class)
	void retriesThroughAStoreOutageAndLosesNothing(Listener listener) {
		String id = listener.id("outage-1");
		PipelineInfrastructure.get().stopMongo();
		try {
			this.kafka.send(listener.topic(this.properties), id, Map.of(), event(id));
			// the record came while the service's client knows the store is gone
			await().until(() -> this.listener.received(id) >= 1 && !storeReachable());
		}
		finally {
			PipelineInfrastructure.get().startMongo();
		}
		awaitStored(id);
		assertThat(deadLetterKeys(listener)).doesNotContain(id);
	}

	private boolean storeReachable() {
		return this.client.getClusterDescription()
			.getServerDescriptions()
			.stream()
			.anyMatch((server) -> server.getState() == ServerConnectionState.CONNECTED);
	}

	@Test
	void handlesEveryRecordAroundAFailedOneInABatchOnceAndAnnouncesEachOnce() {
		String topic = Listener.BATCH.topic(this.properties);
		List<String> good = IntStream.range(0, 40).mapToObj((i) -> "batched-" + i).toList();
		good.subList(0, 20).forEach((id) -> this.kafka.send(topic, id, Map.of(), event(id)));
		this.kafka.send(topic, "permanent-in-batch", Map.of(), event("permanent-in-batch"));
		good.subList(20, 40).forEach((id) -> this.kafka.send(topic, id, Map.of(), event(id)));

		String published = this.properties.topics().published();
		this.kafka.readUntil(published,
				(records) -> records.stream().map(ConsumerRecord::key).filter(good::contains).distinct().count() == 40,
				Duration.ofSeconds(60));
		assertThat(good).allSatisfy((id) -> assertThat(this.listener.attempts(id)).isOne());
		List<String> announced = this.kafka.readAll(published)
			.stream()
			.map(ConsumerRecord::key)
			.filter((key) -> good.contains(key) || "permanent-in-batch".equals(key))
			.toList();
		assertThat(announced).containsExactlyInAnyOrderElementsOf(good);
		assertThat(deadLetter(Listener.BATCH, "permanent-in-batch")).isNotNull();
		assertThat(this.database.getCollection("seen").countDocuments(Filters.eq("_id", "permanent-in-batch")))
			.isZero();
	}

	@Test
	void deadLettersARecordWhoseAnnouncementTheBrokerRefusesAndAnnouncesTheOthers() {
		String topic = Listener.BATCH.topic(this.properties);
		this.kafka.send(topic, "before-toolarge", Map.of(), event("before-toolarge"));
		this.kafka.send(topic, "toolarge-1", Map.of(), event("toolarge-1"));
		this.kafka.send(topic, "after-toolarge", Map.of(), event("after-toolarge"));

		ConsumerRecord<String, byte[]> dead = deadLetter(Listener.BATCH, "toolarge-1");
		assertThat(header(dead, DeadLetterHeaders.REASON)).startsWith("an event of this record was refused: ")
			.contains("too large");
		assertThat(header(dead, DeadLetterHeaders.FAILURE_KIND)).isEqualTo("permanent");
		List<String> announced = this.kafka
			.readUntil(this.properties.topics().published(),
					(records) -> records.stream()
						.map(ConsumerRecord::key)
						.filter((k) -> k.endsWith("-toolarge"))
						.count() == 2,
					Duration.ofSeconds(60))
			.stream()
			.map(ConsumerRecord::key)
			.filter((key) -> key.contains("toolarge"))
			.toList();
		assertThat(announced).containsExactlyInAnyOrder("before-toolarge", "after-toolarge");
	}

	private ConsumerRecord<String, byte[]> deadLetter(Listener listener, String key) {
		return this.kafka
			.readUntil(deadLetterTopic(listener), (records) -> records.stream().anyMatch((r) -> key.equals(r.key())),
					Duration.ofSeconds(30))
			.stream()
			.filter((r) -> key.equals(r.key()))
			.findFirst()
			.orElseThrow();
	}

	private List<String> deadLetterKeys(Listener listener) {
		return this.kafka.readAll(deadLetterTopic(listener)).stream().map(ConsumerRecord::key).toList();
	}

	private String deadLetterTopic(Listener listener) {
		return Topics.deadLetter(listener.topic(this.properties), "round-trip");
	}

	private void awaitStored(String contentId) {
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.database.getCollection("seen").countDocuments(Filters.eq("_id", contentId)) == 1);
	}

	/** The two ways a service listens: a record at a time, or a batch. */
	enum Listener {

		RECORD, BATCH;

		String topic(PipelineProperties properties) {
			return (this == RECORD) ? properties.topics().ingested() : properties.topics().enriched();
		}

		String id(String name) {
			return name + "-" + name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	private static byte[] event(String contentId) {
		return ContractJson.mapper()
			.writeValueAsBytes(
					new ContentWithdrawn(contentId, 1, ContentKind.ARTICLE, "test", false, null, Instant.now()));
	}

}
