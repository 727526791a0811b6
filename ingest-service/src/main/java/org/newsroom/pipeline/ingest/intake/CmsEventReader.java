package org.newsroom.pipeline.ingest.intake;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.newsroom.pipeline.contract.cloudevents.CloudEvent;
import org.newsroom.pipeline.contract.cloudevents.CloudEventFormatException;
import org.newsroom.pipeline.contract.cloudevents.CloudEventsCodec;
import org.newsroom.pipeline.contract.json.ContractJson;
import org.newsroom.pipeline.contract.validation.CmsPayloadValidator;
import org.newsroom.pipeline.contract.validation.ValidationResult;
import org.newsroom.pipeline.contract.validation.Violation;
import org.newsroom.pipeline.ingest.IngestProperties;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a CMS record, from Kafka or HTTP, into an accepted or rejected {@link CmsEvent}:
 * CloudEvents attributes, JSON, schema, limits, and the key matching the content id.
 * Unknown top-level fields are violations or, under {@code ingest.unknown-fields: warn},
 * warnings of the accepted event.
 */
@Component
public class CmsEventReader {

	private final CmsPayloadValidator validator;

	public CmsEventReader(IngestProperties properties) {
		this.validator = new CmsPayloadValidator(properties.maxBodyBytes(), properties.unknownFields());
	}

	/**
	 * Reads a Kafka record.
	 * @param key the record key
	 * @param headers the record headers, last value per name
	 * @param value the record value
	 * @return the event, accepted or with every violation
	 */
	public CmsEvent fromKafka(String key, Map<String, byte[]> headers, byte[] value) {
		CloudEvent event;
		try {
			event = CloudEventsCodec.fromKafka(headers, (value != null) ? value : new byte[0]);
		}
		catch (CloudEventFormatException ex) {
			return rejected(null, value, new Violation("headers", ex.getMessage()));
		}
		return read(key, event, value);
	}

	/**
	 * Reads an HTTP request; there is no key, the content id is the key.
	 * @param headers the request headers
	 * @param body the request body
	 * @return the event, accepted or with every violation
	 */
	public CmsEvent fromHttp(Map<String, String> headers, byte[] body) {
		CloudEvent event;
		try {
			event = CloudEventsCodec.fromHttp(headers, body);
		}
		catch (CloudEventFormatException ex) {
			return rejected(null, body, new Violation("headers", ex.getMessage()));
		}
		return read(null, event, body);
	}

	private CmsEvent read(String key, CloudEvent event, byte[] raw) {
		JsonNode payload;
		try {
			payload = ContractJson.mapper().readTree(event.data());
		}
		catch (JacksonException ex) {
			return rejected(event, raw, new Violation("$", "not valid JSON: " + ex.getOriginalMessage()));
		}
		if (payload == null || payload.isMissingNode()) {
			return rejected(event, raw, new Violation("$", "the payload is empty"));
		}
		ValidationResult result = this.validator.validate(event.type(), TextNormalizer.normalize(payload));
		if (!result.isValid()) {
			return new CmsEvent(event, null, text(raw), result.violations());
		}
		if (key != null && !key.equals(result.content().contentId())) {
			return rejected(event, raw, new Violation("key",
					"record key '" + key + "' differs from contentId '" + result.content().contentId() + "'"));
		}
		return new CmsEvent(event, result.content(), text(raw), List.of(),
				result.warnings().stream().map(Violation::toString).toList());
	}

	private static CmsEvent rejected(CloudEvent event, byte[] raw, Violation violation) {
		return new CmsEvent(event, null, text(raw), List.of(violation));
	}

	/**
	 * The raw value as text for audit: UTF-8 where it is, base64 otherwise.
	 */
	static String text(byte[] raw) {
		if (raw == null) {
			return null;
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(raw))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return "base64:" + Base64.getEncoder().encodeToString(raw);
		}
	}

}
