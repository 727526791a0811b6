package org.newsroom.pipeline.contract.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.newsroom.pipeline.contract.cloudevents.CloudEvent;
import org.newsroom.pipeline.contract.cloudevents.CloudEventFormatException;
import org.newsroom.pipeline.contract.cloudevents.CloudEventsCodec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds arbitrary HTTP requests to the CloudEvents codec: the ingress answers 400 for a
 * {@link CloudEventFormatException}, so any other exception would be a 500 a client could
 * trigger at will.
 */
class CloudEventsHttpFuzzTests {

	@FuzzTest(maxDuration = "10s")
	void readsAnyHttpRequestOrRefusesItAsNotACloudEvent(byte[] input) {
		FuzzFrame frame = FuzzFrame.parse(input);
		CloudEvent event = CloudEventReads
			.readOrRefuse(() -> CloudEventsCodec.fromHttp(frame.textHeaders(), frame.body()));
		if (event != null) {
			assertThat(event.data()).isNotNull();
		}
	}

}
