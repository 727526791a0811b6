package org.newsroom.pipeline.contract.cloudevents;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A CloudEvent read from or written to a Kafka record: its context attributes and its
 * JSON data.
 *
 * @param id unique per source; deterministic for pipeline events
 * @param source URI of the producer
 * @param type one of {@link org.newsroom.pipeline.contract.EventTypes}
 * @param time when the event happened, or {@code null}
 * @param subject the content id, or {@code null}
 * @param dataContentType media type of {@code data}
 * @param extensions further attributes, such as {@code traceparent}
 * @param data the JSON data as bytes
 */
public record CloudEvent(String id, String source, String type, Instant time, String subject, String dataContentType,
		Map<String, String> extensions, byte[] data) {

	public CloudEvent {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(type, "type");
		extensions = (extensions != null) ? Map.copyOf(extensions) : Map.of();
		data = (data != null) ? data : new byte[0];
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CloudEvent that && id.equals(that.id) && source.equals(that.source)
				&& type.equals(that.type) && Objects.equals(time, that.time) && Objects.equals(subject, that.subject)
				&& Objects.equals(dataContentType, that.dataContentType) && extensions.equals(that.extensions)
				&& java.util.Arrays.equals(data, that.data);
	}

	@Override
	public int hashCode() {
		return Objects.hash(id, source, type, time, subject, dataContentType, extensions,
				java.util.Arrays.hashCode(data));
	}

	@Override
	public String toString() {
		return "CloudEvent[id=" + id + ", source=" + source + ", type=" + type + ", time=" + time + ", subject="
				+ subject + ", " + data.length + " bytes]";
	}

}
