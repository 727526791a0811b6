package org.newsroom.pipeline.ingest;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.contract.EventTypes;
import org.newsroom.pipeline.contract.Topics;
import org.newsroom.pipeline.support.kafka.DeadLetterHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.newsroom.pipeline.support.test.KafkaTestClient.header;

class CloudEventModesTests extends IngestTestSupport {

	@Test
	void ingestsAStructuredModeRecordFromKafka() {
		String event = "{\"specversion\":\"1.0\",\"id\":\"evt-structured-1\",\"source\":\"cms://test\",\"type\":\""
				+ EventTypes.PUBLISHED + "\",\"time\":\"2024-11-24T12:00:00+01:00\",\"data\":"
				+ article("structured-1", 1, "Structured") + "}";
		this.kafka.send(this.properties.topics().cmsContent(), "structured-1",
				Map.of("content-type", bytes("application/cloudevents+json")), bytes(event));
		await().atMost(Duration.ofSeconds(30)).until(() -> stored("structured-1") != null);
		assertThat(stored("structured-1").get("cmsEvent", org.bson.Document.class).getString("id"))
			.isEqualTo("evt-structured-1");
	}

	@Test
	void deadLettersARecordWithoutCloudEventsAttributes() {
		this.kafka.send(this.properties.topics().cmsContent(), "no-ce-1", Map.of(),
				bytes(article("no-ce-1", 1, "No envelope")));
		assertThat(header(deadLetter("no-ce-1"), DeadLetterHeaders.REASON)).contains("not a CloudEvent")
			.contains("ce_specversion");
	}

	@Test
	void deadLettersInvalidJsonAndKeepsTheRawValue() {
		this.kafka.send(this.properties.topics().cmsContent(), "bad-json-1",
				binaryHeaders(EventTypes.PUBLISHED, "evt-bad-json-1"), bytes("{\"contentId\": \"bad-json-1\","));
		ConsumerRecord<String, byte[]> dead = deadLetter("bad-json-1");
		assertThat(header(dead, DeadLetterHeaders.REASON)).startsWith("$: not valid JSON");
		assertThat(text(dead.value())).isEqualTo("{\"contentId\": \"bad-json-1\",");
	}

	@Test
	void normalisesTextToNfcWithoutControlCharactersButKeepsTheRawPayload() {
		String decomposed = "Cafe\u0301\\u0007 im Zentrum ";
		sendCms("nfc-1", EventTypes.PUBLISHED, "evt-nfc-1", article("nfc-1", 1, decomposed));
		await().atMost(Duration.ofSeconds(30)).until(() -> stored("nfc-1") != null);
		assertThat(stored("nfc-1").get("content", org.bson.Document.class).getString("headline"))
			.isEqualTo("Caf\u00e9 im Zentrum");
		assertThat(stored("nfc-1").getString("raw")).contains(decomposed);
	}

	@Test
	void carriesTheCmsTraceIntoTheIngestedEvent() {
		String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
		Map<String, byte[]> headers = new java.util.LinkedHashMap<>(
				binaryHeaders(EventTypes.PUBLISHED, "evt-traced-1"));
		headers.put("ce_traceparent", bytes(traceparent));
		this.kafka.send(this.properties.topics().cmsContent(), "traced-1", headers,
				bytes(article("traced-1", 1, "Traced")));
		ConsumerRecord<String, byte[]> ingested = ingestedUntil(
				(records) -> records.stream().anyMatch((r) -> "traced-1".equals(r.key())))
			.stream()
			.filter((r) -> "traced-1".equals(r.key()))
			.findFirst()
			.orElseThrow();
		assertThat(header(ingested, "ce_traceparent")).isEqualTo(traceparent);
	}

	private ConsumerRecord<String, byte[]> deadLetter(String key) {
		String dlt = Topics.deadLetter(this.properties.topics().cmsContent(), "ingest-service");
		return this.kafka
			.readUntil(dlt, (records) -> records.stream().anyMatch((r) -> key.equals(r.key())), Duration.ofSeconds(30))
			.stream()
			.filter((r) -> key.equals(r.key()))
			.findFirst()
			.orElseThrow();
	}

}
