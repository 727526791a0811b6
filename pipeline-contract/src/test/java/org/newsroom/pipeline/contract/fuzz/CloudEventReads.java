package org.newsroom.pipeline.contract.fuzz;

import java.util.function.Supplier;

import org.newsroom.pipeline.contract.cloudevents.CloudEvent;
import org.newsroom.pipeline.contract.cloudevents.CloudEventFormatException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every fuzzed read of a CloudEvent must end in: an event with the required
 * attributes, or a refusal that says why.
 */
final class CloudEventReads {

	private CloudEventReads() {
	}

	/**
	 * Reads an event and checks either outcome.
	 * @param read the codec call
	 * @return the event, or {@code null} if it was refused
	 */
	static CloudEvent readOrRefuse(Supplier<CloudEvent> read) {
		CloudEvent event;
		try {
			event = read.get();
		}
		catch (CloudEventFormatException ex) {
			assertThat(ex.getMessage()).isNotBlank();
			return null;
		}
		assertThat(event.id()).isNotBlank();
		assertThat(event.source()).isNotBlank();
		assertThat(event.type()).isNotBlank();
		return event;
	}

}
