package org.newsroom.pipeline.contract.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.newsroom.pipeline.contract.cloudevents.CloudEvent;
import org.newsroom.pipeline.contract.cloudevents.CloudEventFormatException;
import org.newsroom.pipeline.contract.cloudevents.CloudEventHeaders;
import org.newsroom.pipeline.contract.cloudevents.CloudEventsCodec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds arbitrary Kafka records to the CloudEvents codec: a record is either an event
 * with every required attribute or a {@link CloudEventFormatException} that sends it to
 * the dead-letter topic; anything else would stall the partition.
 */
class CloudEventsKafkaFuzzTests {

	@FuzzTest(maxDuration = "10s")
	void readsAnyKafkaRecordOrRefusesItAsNotACloudEvent(byte[] input) {
		FuzzFrame frame = FuzzFrame.parse(input);
		CloudEvent event = CloudEventReads
			.readOrRefuse(() -> CloudEventsCodec.fromKafka(frame.headers(), frame.body()));
		if (event != null && !isStructured(frame.headers())) {
			assertSurvivesRoundTrip(event);
		}
	}

	private static void assertSurvivesRoundTrip(CloudEvent event) {
		Map<String, byte[]> headers = CloudEventsCodec.toKafkaHeaders(event);
		CloudEvent again = CloudEventsCodec.fromKafka(headers, event.data());
		assertThat(again.id()).isEqualTo(event.id());
		assertThat(again.source()).isEqualTo(event.source());
		assertThat(again.type()).isEqualTo(event.type());
		assertThat(again.subject()).isEqualTo(event.subject());
		assertThat(again.time()).isEqualTo(event.time());
		assertThat(again.extensions()).isEqualTo(event.extensions());
	}

	private static boolean isStructured(Map<String, byte[]> headers) {
		byte[] contentType = headers.get(CloudEventHeaders.CONTENT_TYPE);
		return contentType != null && new String(contentType, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT)
			.startsWith(CloudEventHeaders.STRUCTURED_MEDIA_TYPE);
	}

}
