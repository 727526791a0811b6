package org.newsroom.pipeline.support.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

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
	RoundTripApplication.RecordingListener listener;

	@Autowired
	io.micrometer.core.instrument.MeterRegistry registry;

	KafkaTestClient kafka;

	@Test
	void sendsAPoisonRecordToTheDeadLetterTopicWithItsCauseAndProcessesTheNextOne() {
		String topic = this.properties.topics().ingested();
		this.kafka.send(topic, "poison-1", Map.of(), "not json at all".getBytes(StandardCharsets.UTF_8));
		this.kafka.send(topic, "good-1", Map.of(), event("good-1"));

		ConsumerRecord<String, byte[]> dead = deadLetter("poison-1");
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
		awaitStored("good-1");
	}

	@Test
	void retriesATransientFailureUntilItSucceedsWithoutDeadLettering() {
		this.kafka.send(this.properties.topics().ingested(), "transient-1", Map.of(), event("transient-1"));
		awaitStored("transient-1");
		assertThat(this.listener.attempts("transient-1")).isEqualTo(3);
		assertThat(deadLetterKeys()).doesNotContain("transient-1");
	}

	@Test
	void deadLettersAPermanentFailureAtOnceWithItsReason() {
		this.kafka.send(this.properties.topics().ingested(), "permanent-1", Map.of(), event("permanent-1"));
		ConsumerRecord<String, byte[]> dead = deadLetter("permanent-1");
		assertThat(header(dead, DeadLetterHeaders.REASON)).isEqualTo("$.headline: the headline is missing");
		assertThat(header(dead, DeadLetterHeaders.FAILURE_KIND)).isEqualTo("permanent");
		assertThat(this.listener.attempts("permanent-1")).isEqualTo(1);
		assertThat(this.registry.get(StageMetrics.DEAD_LETTERED)
			.tag("topic", this.properties.topics().ingested())
			.counter()
			.count()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void deadLettersAFailureOfUnknownCauseAfterBoundedRetries() {
		this.kafka.send(this.properties.topics().ingested(), "unknown-1", Map.of(), event("unknown-1"));
		ConsumerRecord<String, byte[]> dead = deadLetter("unknown-1");
		assertThat(header(dead, DeadLetterHeaders.FAILURE_KIND)).isEqualTo("unknown");
		assertThat(header(dead, DeadLetterHeaders.REASON)).contains("unexpected state");
		assertThat(this.listener.attempts("unknown-1")).isEqualTo(3);
	}

	@Test
	void retriesThroughAStoreOutageAndLosesNothing() {
		PipelineInfrastructure.get().stopMongo();
		try {
			this.kafka.send(this.properties.topics().ingested(), "outage-1", Map.of(), event("outage-1"));
			await().pollDelay(Duration.ofSeconds(2)).until(() -> this.listener.attempts("outage-1") >= 1);
		}
		finally {
			PipelineInfrastructure.get().startMongo();
		}
		awaitStored("outage-1");
		assertThat(deadLetterKeys()).doesNotContain("outage-1");
	}

	private ConsumerRecord<String, byte[]> deadLetter(String key) {
		return this.kafka
			.readUntil(deadLetterTopic(), (records) -> records.stream().anyMatch((r) -> key.equals(r.key())),
					Duration.ofSeconds(30))
			.stream()
			.filter((r) -> key.equals(r.key()))
			.findFirst()
			.orElseThrow();
	}

	private List<String> deadLetterKeys() {
		return this.kafka.readAll(deadLetterTopic()).stream().map(ConsumerRecord::key).toList();
	}

	private String deadLetterTopic() {
		return Topics.deadLetter(this.properties.topics().ingested(), "round-trip");
	}

	private void awaitStored(String contentId) {
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.database.getCollection("seen").countDocuments(Filters.eq("_id", contentId)) == 1);
	}

	private static byte[] event(String contentId) {
		return ContractJson.mapper()
			.writeValueAsBytes(new ContentWithdrawn(contentId, 1, ContentKind.ARTICLE, "test", null, Instant.now()));
	}

}
