package org.newsroom.pipeline.contract.cloudevents;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newsroom.pipeline.contract.json.ContractJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads CloudEvents from Kafka records in binary or structured mode, and from HTTP
 * requests, and writes them in Kafka binary mode.
 */
public final class CloudEventsCodec {

	private static final Set<String> CORE_ATTRIBUTES = Set.of("id", "source", "type", "specversion", "time", "subject",
			"datacontenttype", "data", "data_base64", "dataschema");

	private CloudEventsCodec() {
	}

	/**
	 * Reads a Kafka record. Structured mode when {@code content-type} is
	 * {@code application/cloudevents+json}, binary mode otherwise.
	 * @param headers the record headers, last value per name
	 * @param value the record value
	 * @return the event
	 * @throws CloudEventFormatException when the record is not a CloudEvent
	 */
	public static CloudEvent fromKafka(Map<String, byte[]> headers, byte[] value) {
		String contentType = text(headers.get(CloudEventHeaders.CONTENT_TYPE));
		if (isStructured(contentType)) {
			return fromStructured(value);
		}
		Map<String, String> attributes = new LinkedHashMap<>();
		headers.forEach((name, bytes) -> {
			if (name.startsWith(CloudEventHeaders.PREFIX)) {
				attributes.put(name.substring(CloudEventHeaders.PREFIX.length()), text(bytes));
			}
		});
		return fromAttributes(attributes, contentType, value);
	}

	/**
	 * Reads an HTTP request in binary ({@code ce-*} headers) or structured mode.
	 * @param headers request headers, any case
	 * @param body the request body
	 * @return the event
	 * @throws CloudEventFormatException when the request is not a CloudEvent
	 */
	public static CloudEvent fromHttp(Map<String, String> headers, byte[] body) {
		Map<String, String> lower = new LinkedHashMap<>();
		headers.forEach((name, value) -> lower.put(name.toLowerCase(Locale.ROOT), value));
		String contentType = lower.get("content-type");
		if (isStructured(contentType)) {
			return fromStructured(body);
		}
		Map<String, String> attributes = new LinkedHashMap<>();
		lower.forEach((name, value) -> {
			if (name.startsWith("ce-")) {
				attributes.put(name.substring(3), value);
			}
		});
		return fromAttributes(attributes, contentType, body);
	}

	/**
	 * Writes the binary-mode Kafka headers of an event; the value is
	 * {@link CloudEvent#data()}.
	 * @param event the event
	 * @return header name to UTF-8 bytes, in a stable order
	 */
	public static Map<String, byte[]> toKafkaHeaders(CloudEvent event) {
		Map<String, byte[]> headers = new LinkedHashMap<>();
		headers.put(CloudEventHeaders.SPECVERSION, bytes(CloudEventHeaders.SPEC_VERSION_1_0));
		headers.put(CloudEventHeaders.ID, bytes(event.id()));
		headers.put(CloudEventHeaders.SOURCE, bytes(event.source()));
		headers.put(CloudEventHeaders.TYPE, bytes(event.type()));
		if (event.time() != null) {
			headers.put(CloudEventHeaders.TIME, bytes(event.time().toString()));
		}
		if (event.subject() != null) {
			headers.put(CloudEventHeaders.SUBJECT, bytes(event.subject()));
		}
		event.extensions().forEach((name, value) -> headers.put(CloudEventHeaders.PREFIX + name, bytes(value)));
		headers.put(CloudEventHeaders.CONTENT_TYPE,
				bytes((event.dataContentType() != null) ? event.dataContentType() : "application/json"));
		return headers;
	}

	private static boolean isStructured(String contentType) {
		return contentType != null
				&& contentType.toLowerCase(Locale.ROOT).startsWith(CloudEventHeaders.STRUCTURED_MEDIA_TYPE);
	}

	private static CloudEvent fromStructured(byte[] value) {
		JsonNode root;
		try {
			root = ContractJson.mapper().readTree(value);
		}
		catch (JacksonException ex) {
			throw new CloudEventFormatException("structured CloudEvent is not valid JSON: " + ex.getOriginalMessage(),
					ex);
		}
		if (root == null || !root.isObject()) {
			throw new CloudEventFormatException("structured CloudEvent must be a JSON object");
		}
		Map<String, String> attributes = new LinkedHashMap<>();
		root.properties().forEach((entry) -> {
			if (entry.getValue().isValueNode() && !entry.getKey().equals("data")) {
				attributes.put(entry.getKey(), entry.getValue().asString());
			}
		});
		return fromAttributes(attributes, attributes.get("datacontenttype"), structuredData(root));
	}

	private static byte[] structuredData(JsonNode root) {
		JsonNode base64 = root.get("data_base64");
		if (base64 != null && base64.isString()) {
			try {
				return Base64.getDecoder().decode(base64.asString());
			}
			catch (IllegalArgumentException ex) {
				throw new CloudEventFormatException("data_base64 is not valid base64", ex);
			}
		}
		JsonNode data = root.get("data");
		return (data != null) ? ContractJson.mapper().writeValueAsBytes(data) : new byte[0];
	}

	private static CloudEvent fromAttributes(Map<String, String> attributes, String contentType, byte[] data) {
		String specVersion = attributes.get("specversion");
		if (specVersion == null) {
			throw new CloudEventFormatException(
					"not a CloudEvent: the specversion attribute (ce_specversion) is missing");
		}
		if (!CloudEventHeaders.SPEC_VERSION_1_0.equals(specVersion)) {
			throw new CloudEventFormatException(
					"unsupported CloudEvents specversion '" + specVersion + "', expected 1.0");
		}
		String id = required(attributes, "id");
		String source = required(attributes, "source");
		String type = required(attributes, "type");
		Map<String, String> extensions = new LinkedHashMap<>();
		attributes.forEach((name, value) -> {
			if (!CORE_ATTRIBUTES.contains(name)) {
				extensions.put(name, value);
			}
		});
		return new CloudEvent(id, source, type, time(attributes.get("time")), attributes.get("subject"), contentType,
				extensions, data);
	}

	private static String required(Map<String, String> attributes, String name) {
		String value = attributes.get(name);
		if (value == null || value.isBlank()) {
			throw new CloudEventFormatException(
					"not a CloudEvent: the " + name + " attribute (ce_" + name + ") is missing or empty");
		}
		return value;
	}

	private static Instant time(String value) {
		if (value == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new CloudEventFormatException("ce_time '" + value + "' is not an RFC 3339 timestamp", ex);
		}
	}

	private static String text(byte[] bytes) {
		return (bytes != null) ? new String(bytes, StandardCharsets.UTF_8) : null;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
