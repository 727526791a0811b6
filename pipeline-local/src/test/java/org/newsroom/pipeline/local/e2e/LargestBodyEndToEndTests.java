package org.newsroom.pipeline.local.e2e;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.pipeline.contract.Topics;
import org.newsroom.pipeline.contract.json.ContractJson;
import org.newsroom.pipeline.contract.validation.CmsPayloadValidator;
import org.newsroom.pipeline.local.demo.SampleRecord;
import org.newsroom.pipeline.local.e2e.Http.Response;
import org.newsroom.pipeline.support.test.GeneratedText;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An article whose body is as large as ingest accepts goes live on every channel,
 * although its enriched record is larger than a broker takes by default; on the shared
 * sample-traffic stack.
 */
@ExtendWith(SampleTrafficExtension.class)
class LargestBodyEndToEndTests {

	private static final String ID = "art-2024-11-haushalt-wortlaut";

	private static final String SECTION = "dokumentation";

	private static final String HEADLINE = "Der Haushaltsentwurf im Wortlaut";

	/** {@code ingest.max-body-size} of the local stack. */
	private static final int MAX_BODY_BYTES = CmsPayloadValidator.DEFAULT_MAX_BODY_BYTES;

	/** What a broker takes by default, and what such an item used to be refused above. */
	private static final int DEFAULT_RECORD_LIMIT = 1024 * 1024;

	/** The last webhooks of the sample traffic. */
	private static final Set<String> SAMPLE_TRAFFIC_SETTLED = Set.of("art-2024-11-climate-cop:2:withdrawn",
			"art-2024-11-bahn-streik:2:updated");

	static String body;

	static SampleTrafficStack traffic;

	static URI publish;

	@BeforeAll
	static void theLargestArticleWasSent(SampleTrafficStack stack) {
		traffic = stack;
		publish = stack.endpoints().service("publish").orElseThrow();
		// After the sample traffic has settled: the sample tests look at the order of its
		// webhooks, and this item keeps enrich and publish busy for a while.
		await().atMost(Duration.ofMinutes(3))
			.until(() -> stack.receiver().countsById().keySet().containsAll(SAMPLE_TRAFFIC_SETTLED));
		body = GeneratedText.articleHtml(20241125, MAX_BODY_BYTES);
		stack.topics().sendToCms(List.of(article()));
		await().atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> Http.get(publish.resolve("/api/v1/content/" + ID)).status() == 200);
	}

	@Test
	void sentABodyJustUnderTheIngestLimit() {
		assertThat(body.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(MAX_BODY_BYTES)
			.isGreaterThan(MAX_BODY_BYTES - 100);
	}

	@Test
	void servesTheWholeBodyFromTheContentApi() {
		Response response = Http.get(publish.resolve("/api/v1/content/" + ID));

		assertThat(response.status()).isEqualTo(200);
		JsonNode article = ContractJson.mapper().readTree(response.body());
		assertThat(Ninjs.headline(article)).isEqualTo(HEADLINE);
		assertThat(Ninjs.body(article, "text/plain")).startsWith(firstWords()).endsWith(lastParagraph());
		assertThat(Ninjs.body(article, "text/html")).contains("Dossier</a> &amp; im Archiv.");
	}

	@Test
	void listsItInItsSectionFeed() {
		Response feed = Http.get(publish.resolve("/feeds/sections/" + SECTION + ".rss"));

		assertThat(feed.status()).isEqualTo(200);
		assertThat(feed.body()).contains(HEADLINE).contains(">" + ID + "</guid>");
	}

	@Test
	void announcesItOnTheOutboundTopicAsARecordLargerThanTheBrokerDefault() {
		// The API serves the item once publish wrote it; the outbound record is visible
		// to
		// a read_committed reader only once publish's transaction committed, a moment
		// later.
		List<ConsumerRecord<String, String>> published = await().atMost(Duration.ofMinutes(1))
			.until(() -> traffic.topics()
				.readAll(Topics.CONTENT_PUBLISHED)
				.stream()
				.filter((record) -> ID.equals(record.key()))
				.toList(), (records) -> !records.isEmpty());

		assertThat(published).singleElement().satisfies((record) -> {
			JsonNode event = ContractJson.mapper().readTree(record.value());
			assertThat(event.path("change").asString()).isEqualTo("published");
			assertThat(event.path("item").path("body_text").asString()).endsWith(lastParagraph());
			assertThat(record.serializedValueSize()).isGreaterThan(DEFAULT_RECORD_LIMIT);
		});
		assertThat(traffic.topics().readAll(Topics.CONTENT_ENRICHED)).filteredOn((record) -> ID.equals(record.key()))
			.singleElement()
			.satisfies((record) -> assertThat(record.serializedValueSize()).isGreaterThan(DEFAULT_RECORD_LIMIT));
	}

	private static SampleRecord article() {
		Map<String, Object> value = new LinkedHashMap<>();
		value.put("contentId", ID);
		value.put("kind", "article");
		value.put("revision", 1);
		value.put("headline", HEADLINE);
		value.put("body", body);
		value.put("authors", List.of("Anja Krüger"));
		value.put("section", SECTION);
		value.put("firstPublishedAt", "2024-11-25T06:00:00Z");
		return new SampleRecord(ID, CmsEvents.headers("evt-" + ID, "news.content.published"),
				ContractJson.mapper().writeValueAsString(value));
	}

	private static String firstWords() {
		String first = body.substring("<p>".length(), body.indexOf("</p>"));
		return first.substring(0, first.indexOf('.'));
	}

	private static String lastParagraph() {
		return body.substring(body.lastIndexOf("<p>") + "<p>".length(), body.lastIndexOf("</p>"));
	}

}
