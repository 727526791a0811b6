package org.newsroom.pipeline.contract.cloudevents;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import io.cloudevents.SpecVersion;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.message.Encoding;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.cloudevents.kafka.CloudEventSerializer;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.contract.EventTypes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our hand-written codec against the CloudEvents Java SDK's Kafka binding, in binary mode
 * both ways: what the pipeline writes, any CloudEvents client reads, and what such a
 * client writes, the pipeline reads. Structured mode is not checked here: the SDK reads
 * and writes it only through its Jackson 2 format module.
 */
class CloudEventsSdkCompatibilityTests {

	private static final String TOPIC = "content.ingested.v1";

	private static final byte[] DATA = "{\"contentId\":\"art-1\",\"revision\":3,\"headline\":\"Bahn streikt\"}"
		.getBytes(StandardCharsets.UTF_8);

	private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

	private final CloudEvent ours = new CloudEvent("art-1:3:ingested", "urn:newsroom:pipeline:ingest",
			EventTypes.INGESTED, Instant.parse("2026-11-25T10:15:30.123Z"), "art-1", "application/json",
			Map.of("traceparent", TRACEPARENT), DATA);

	@Test
	void sdkMessageReaderReadsTheBinaryRecordsTheCodecWrites() {
		byte[] value = this.ours.data();

		io.cloudevents.CloudEvent read = KafkaMessageFactory.createReader(headers(this.ours), value).toEvent();

		assertMatchesOurs(read);
	}

	@Test
	void sdkDeserializerReadsTheBinaryRecordsTheCodecWrites() {
		try (CloudEventDeserializer deserializer = new CloudEventDeserializer()) {
			deserializer.configure(Map.of(), false);

			io.cloudevents.CloudEvent read = deserializer.deserialize(TOPIC, headers(this.ours), this.ours.data());

			assertMatchesOurs(read);
		}
	}

	@Test
	void codecReadsTheBinaryRecordsTheSdkSerializerWrites() {
		io.cloudevents.CloudEvent sdkEvent = CloudEventBuilder.v1()
			.withId("art-1:3:ingested")
			.withSource(URI.create("urn:newsroom:pipeline:ingest"))
			.withType(EventTypes.INGESTED)
			.withTime(OffsetDateTime.parse("2026-11-25T12:15:30.123+02:00"))
			.withSubject("art-1")
			.withDataContentType("application/json")
			.withExtension("traceparent", TRACEPARENT)
			.withData(DATA)
			.build();
		Headers headers = new RecordHeaders();
		byte[] value;
		try (CloudEventSerializer serializer = new CloudEventSerializer()) {
			serializer.configure(Map.of(CloudEventSerializer.ENCODING_CONFIG, Encoding.BINARY), false);
			value = serializer.serialize(TOPIC, headers, sdkEvent);
		}

		CloudEvent read = CloudEventsCodec.fromKafka(lastValues(headers), value);

		assertThat(text(headers.lastHeader(CloudEventHeaders.SPECVERSION))).isEqualTo("1.0");
		assertThat(read).isEqualTo(this.ours);
	}

	@Test
	void codecReadsAnSdkRecordWithoutTheOptionalAttributes() {
		io.cloudevents.CloudEvent sdkEvent = CloudEventBuilder.v1()
			.withId("cms-evt-7")
			.withSource(URI.create("cms://desk"))
			.withType(EventTypes.PUBLISHED)
			.build();

		ProducerRecord<String, byte[]> record = KafkaMessageFactory.createWriter(TOPIC, "art-7").writeBinary(sdkEvent);
		CloudEvent read = CloudEventsCodec.fromKafka(lastValues(record.headers()), record.value());

		assertThat(read.id()).isEqualTo("cms-evt-7");
		assertThat(read.source()).isEqualTo("cms://desk");
		assertThat(read.type()).isEqualTo(EventTypes.PUBLISHED);
		assertThat(read.time()).isNull();
		assertThat(read.subject()).isNull();
		assertThat(read.dataContentType()).isNull();
		assertThat(read.extensions()).isEmpty();
		assertThat(read.data()).isEmpty();
	}

	private static void assertMatchesOurs(io.cloudevents.CloudEvent read) {
		assertThat(read.getSpecVersion()).isEqualTo(SpecVersion.V1);
		assertThat(read.getId()).isEqualTo("art-1:3:ingested");
		assertThat(read.getSource()).isEqualTo(URI.create("urn:newsroom:pipeline:ingest"));
		assertThat(read.getType()).isEqualTo(EventTypes.INGESTED);
		assertThat(read.getTime().toInstant()).isEqualTo(Instant.parse("2026-11-25T10:15:30.123Z"));
		assertThat(read.getSubject()).isEqualTo("art-1");
		assertThat(read.getDataContentType()).isEqualTo("application/json");
		assertThat(read.getExtension("traceparent")).isEqualTo(TRACEPARENT);
		assertThat(read.getData().toBytes()).isEqualTo(DATA);
	}

	private static Headers headers(CloudEvent event) {
		Headers headers = new RecordHeaders();
		CloudEventsCodec.toKafkaHeaders(event).forEach(headers::add);
		return headers;
	}

	private static Map<String, byte[]> lastValues(Headers headers) {
		Map<String, byte[]> values = new LinkedHashMap<>();
		for (Header header : headers) {
			values.put(header.key(), header.value());
		}
		return values;
	}

	private static String text(Header header) {
		return new String(header.value(), StandardCharsets.UTF_8);
	}

}
