package org.newsroom.pipeline.ingest.intake;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.contract.EventTypes;
import org.newsroom.pipeline.contract.validation.UnknownFieldPolicy;
import org.newsroom.pipeline.contract.validation.Violation;
import org.newsroom.pipeline.ingest.IngestProperties;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class CmsEventReaderTests {

	private static final String TYPO = "{\"contentId\":\"typo-1\",\"kind\":\"article\",\"revision\":1,"
			+ "\"headline\":\"Sperrfrist\",\"embargoUntil\":\"2099-01-01T00:00:00Z\"}";

	private static final String REASON = "$.embargoUntil: `embargoUntil` is not a field of cms-content.v1; "
			+ "did you mean `embargoedUntil`?";

	@Test
	void rejectsAnUnknownFieldByDefaultAndNamesTheFieldMeant() {
		CmsEvent event = reader(null).fromKafka("typo-1", headers(), bytes(TYPO));
		assertThat(event.accepted()).isFalse();
		assertThat(event.content()).isNull();
		assertThat(event.violations()).extracting(Violation::toString).containsExactly(REASON);
		assertThat(event.reason()).isEqualTo(REASON);
		assertThat(event.raw()).isEqualTo(TYPO);
	}

	@Test
	void rejectsAnUnknownFieldArrivingOverHttp() {
		Map<String, String> headers = new LinkedHashMap<>();
		headers("-").forEach((name, value) -> headers.put(name, new String(value, StandardCharsets.UTF_8)));
		CmsEvent event = reader(UnknownFieldPolicy.REJECT).fromHttp(headers, bytes(TYPO));
		assertThat(event.accepted()).isFalse();
		assertThat(event.reason()).isEqualTo(REASON);
	}

	@Test
	void acceptsAnUnknownFieldWithAWarningWhenTheOperatorAllowsIt() {
		CmsEvent event = reader(UnknownFieldPolicy.WARN).fromKafka("typo-1", headers(), bytes(TYPO));
		assertThat(event.accepted()).isTrue();
		assertThat(event.content().headline()).isEqualTo("Sperrfrist");
		assertThat(event.content().embargoedUntil()).isNull();
		assertThat(event.warnings()).containsExactly(REASON);
		assertThat(event.raw()).isEqualTo(TYPO);
	}

	@Test
	void acceptsAnEventOfKnownFieldsWithoutWarnings() {
		String json = "{\"contentId\":\"ok-1\",\"kind\":\"article\",\"revision\":1,\"headline\":\"H\","
				+ "\"embargoedUntil\":\"2099-01-01T00:00:00Z\"}";
		CmsEvent event = reader(UnknownFieldPolicy.WARN).fromKafka("ok-1", headers(), bytes(json));
		assertThat(event.accepted()).isTrue();
		assertThat(event.warnings()).isEmpty();
		assertThat(event.content().embargoedUntil()).hasToString("2099-01-01T00:00:00Z");
	}

	@Test
	void givesAnEventMadeWithoutWarningsAnEmptyList() {
		assertThat(new CmsEvent(null, null, null, List.of()).warnings()).isEmpty();
		assertThat(new CmsEvent(null, null, null, List.of(), null).warnings()).isEmpty();
	}

	private static CmsEventReader reader(UnknownFieldPolicy policy) {
		return new CmsEventReader(new IngestProperties(DataSize.ofMegabytes(1), 20,
				new IngestProperties.Http(DataSize.ofMegabytes(2),
						new IngestProperties.RateLimit(200, Duration.ofSeconds(1)), List.of()),
				new IngestProperties.Kafka(List.of()), policy));
	}

	private static Map<String, byte[]> headers() {
		return headers("_");
	}

	/**
	 * CloudEvents binary-mode attributes, {@code ce_} on Kafka and {@code ce-} on HTTP.
	 */
	private static Map<String, byte[]> headers(String separator) {
		Map<String, byte[]> headers = new LinkedHashMap<>();
		headers.put("ce" + separator + "specversion", bytes("1.0"));
		headers.put("ce" + separator + "id", bytes("evt-typo-1"));
		headers.put("ce" + separator + "source", bytes("cms://test"));
		headers.put("ce" + separator + "type", bytes(EventTypes.PUBLISHED));
		headers.put("content-type", bytes("application/json"));
		return headers;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
