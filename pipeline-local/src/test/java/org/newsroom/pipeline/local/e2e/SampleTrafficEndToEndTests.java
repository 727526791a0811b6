package org.newsroom.pipeline.local.e2e;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.pipeline.contract.Topics;
import org.newsroom.pipeline.contract.json.ContractJson;
import org.newsroom.pipeline.local.e2e.Http.Response;
import org.newsroom.pipeline.support.test.webhook.Delivery;
import org.newsroom.pipeline.support.test.webhook.StandardWebhooksVerifier;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sample CMS traffic through the real stack: every outcome samples/README.md
 * promises, seen from the feeds, the content API, webhooks and Kafka.
 */
@ExtendWith(SampleTrafficExtension.class)
class SampleTrafficEndToEndTests {

	private static final String EPISODE = "bundestalk-2024-11-ukraine";

	private static final String GERMAN = "art-2024-11-bahn-streik";

	private static final String ENGLISH = "art-2024-11-climate-cop";

	private static final String EMBARGOED = "art-2024-11-embargo-report";

	private static final String FIRST_HEADLINE = "Lokführer kündigen neuen Streik an";

	private static final String SECOND_HEADLINE = "Lokführer streiken ab Montag drei Tage lang";

	private static final Duration PIPELINE = Duration.ofMinutes(3);

	// A script tag raw, escaped for XML or escaped for JSON.
	private static final String SCRIPT_TAG = "(?i)(<|&lt;|\\\\u003c)script";

	private static final Set<String> SAMPLE_ITEMS = Set.of(EPISODE, GERMAN, ENGLISH, EMBARGOED);

	static SampleTrafficStack traffic;

	static URI publish;

	@BeforeAll
	static void sampleTrafficWasSent(SampleTrafficStack stack) {
		traffic = stack;
		publish = stack.endpoints().service("publish").orElseThrow();
		// Everything below is about the settled state: the withdrawal and the update are
		// the last item events, so their webhooks mean publish has seen every sample.
		await().atMost(PIPELINE)
			.untilAsserted(() -> assertThat(stack.receiver().countsById()).containsKeys(ENGLISH + ":2:withdrawn",
					GERMAN + ":2:updated"));
	}

	@Test
	void publishesTheEpisodeInItsPodcastFeedWithLanguageAndDiscussants() {
		Response feed = Http.get(publish.resolve("/podcasts/bundestalk.rss"));

		assertThat(feed.status()).isEqualTo(200);
		assertThat(feed.body()).contains("Bundestalk: Rückt ein Waffenstillstand in der Ukraine näher?")
			.contains("<language>de</language>")
			.contains("2024-11-ukraine.mp3");
		assertThat(feed.body()).containsPattern("<podcast:person[^>]*>Stefan Reinecke</podcast:person>")
			.containsPattern("<podcast:person[^>]*>Bernd Pickert</podcast:person>")
			.containsPattern("<podcast:person[^>]*>Barbara Oertel</podcast:person>")
			.containsPattern("<podcast:person[^>]*>Tanja Tricarico</podcast:person>");
		JsonNode episode = json(Http.get(publish.resolve("/api/v1/content/" + EPISODE)));
		assertThat(episode.path("language").asString()).isEqualTo("de");
	}

	@Test
	void servesTheGermanArticleAtItsSecondRevisionInFeedAndApi() {
		JsonNode article = json(Http.get(publish.resolve("/api/v1/content/" + GERMAN)));
		Response feed = Http.get(publish.resolve("/feeds/sections/wirtschaft.rss"));

		assertThat(Ninjs.version(article)).isEqualTo(2);
		assertThat(Ninjs.headline(article)).isEqualTo(SECOND_HEADLINE);
		assertThat(article.path("language").asString()).isEqualTo("de");
		assertThat(feed.status()).isEqualTo(200);
		assertThat(feed.body()).contains(SECOND_HEADLINE).doesNotContain(FIRST_HEADLINE);
		assertThat(Http.get(publish.resolve("/feeds/sections/wirtschaft.atom")).body()).contains(SECOND_HEADLINE);
	}

	@Test
	void neverLetsTheScriptOfTheEnglishArticleReachAChannel() {
		List<Delivery> englishWebhooks = traffic.receiver()
			.deliveries()
			.stream()
			.filter((delivery) -> delivery.id().startsWith(ENGLISH))
			.toList();

		assertThat(englishWebhooks).extracting(SampleTrafficEndToEndTests::type).contains("content.published");
		assertThat(englishWebhooks).extracting(Delivery::text)
			.allSatisfy((body) -> assertThat(body).doesNotContainPattern(SCRIPT_TAG).doesNotContain("alert("));
		assertThat(traffic.topics().readAll(Topics.CONTENT_PUBLISHED)).extracting(ConsumerRecord::value)
			.allSatisfy((value) -> assertThat(value).doesNotContainPattern(SCRIPT_TAG).doesNotContain("alert("));
		for (String feed : List.of("/feeds/all.rss", "/feeds/sections/international.rss", "/feeds/kinds/article.rss")) {
			assertThat(Http.get(publish.resolve(feed)).body()).doesNotContainPattern(SCRIPT_TAG)
				.doesNotContain("alert(");
		}
	}

	@Test
	void sendsEveryWebhookOnceSignedAndNothingForTheStaleRevisionOrTheEmbargo() {
		Map<String, Long> expected = Map.of(EPISODE + ":1:published", 1L, GERMAN + ":1:published", 1L,
				GERMAN + ":2:updated", 1L, ENGLISH + ":1:published", 1L, ENGLISH + ":2:withdrawn", 1L);

		// Holding for a while shows that the stale revision 1 is not re-sent late.
		await().during(Duration.ofSeconds(3))
			.atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(sampleWebhookCounts()).isEqualTo(expected));
		StandardWebhooksVerifier verifier = traffic.verifier();
		assertThat(traffic.receiver().deliveries()).allSatisfy(
				(delivery) -> assertThat(verifier.verifies(delivery)).as("signature of %s", delivery.id()).isTrue());
		assertThat(traffic.receiver().deliveries()).filteredOn((delivery) -> delivery.id().startsWith(GERMAN))
			.extracting(SampleTrafficEndToEndTests::type)
			.containsExactly("content.published", "content.updated");
	}

	@Test
	void countsTheStaleRevisionInLineageWithoutChangingTheArticle() {
		List<JsonNode> lineage = lineageOf(GERMAN);

		assertThat(lineage).anySatisfy((event) -> {
			assertThat(event.path("service").asString()).isEqualTo("ingest");
			// The replayed revision 1 repeats its event id, so it may count as a
			// duplicate.
			assertThat(event.path("outcome").asString()).isIn("STALE", "DUPLICATE");
		});
		assertThat(Ninjs.version(json(Http.get(publish.resolve("/api/v1/content/" + GERMAN))))).isEqualTo(2);
	}

	@Test
	void keepsTheEmbargoedItemFromThePublicButShowsItToOperators() {
		URI item = publish.resolve("/api/v1/content/" + EMBARGOED);

		assertThat(Http.get(item).status()).isEqualTo(404);
		assertThat(Http.get(item, "operator", "operator").status()).isEqualTo(200);
		for (String feed : List.of("/feeds/all.rss", "/feeds/sections/inland.rss", "/feeds/sections/inland.atom",
				"/feeds/kinds/article.rss")) {
			assertThat(Http.get(publish.resolve(feed)).body()).as(feed)
				.doesNotContain("Jede dritte Brücke")
				.doesNotContain(EMBARGOED);
		}
		assertThat(traffic.receiver().countsById()).doesNotContainKey(EMBARGOED + ":1:published");
	}

	@Test
	void takesTheWithdrawnArticleOutOfEveryChannelAndTellsSubscribers() {
		assertThat(Http.get(publish.resolve("/api/v1/content/" + ENGLISH)).status()).isEqualTo(410);
		for (String feed : List.of("/feeds/all.rss", "/feeds/sections/international.rss",
				"/feeds/sections/international.atom", "/feeds/kinds/article.rss")) {
			assertThat(Http.get(publish.resolve(feed)).body()).as(feed)
				.doesNotContain("Climate talks in Baku")
				.doesNotContain(ENGLISH);
		}
		assertThat(Http.get(publish.resolve("/api/v1/content?section=international")).body()).doesNotContain(ENGLISH);
		assertThat(traffic.receiver().deliveries()).filteredOn((delivery) -> delivery.id().startsWith(ENGLISH))
			.extracting(SampleTrafficEndToEndTests::type)
			.containsExactly("content.published", "content.withdrawn");
	}

	@Test
	void deadLettersTheInvalidEventWithAReadableReason() {
		String deadLetterTopic = Topics.deadLetter(Topics.CMS_CONTENT, "ingest-service");

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			// Other tests on this stack may add dead letters of their own items.
			List<ConsumerRecord<String, String>> deadLetters = traffic.topics()
				.readAll(deadLetterTopic)
				.stream()
				.filter((record) -> "broken-1".equals(record.key()))
				.toList();
			assertThat(deadLetters).singleElement().satisfies((record) -> {
				assertThat(record.value()).contains("\"revision\":\"one\"");
				assertThat(KafkaTopics.header(record, "pipeline_dlt_reason")).contains("contentId")
					.contains("revision");
			});
		});
	}

	@Test
	void recordsTheEpisodeInLineageAtIngestEnrichAndPublish() {
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			Set<String> services = lineageOf(EPISODE).stream()
				.map((event) -> event.path("service").asString())
				.collect(Collectors.toSet());
			assertThat(services).contains("ingest", "enrich", "publish");
		});
	}

	private static String type(Delivery delivery) {
		return ContractJson.mapper().readTree(delivery.body()).path("type").asString();
	}

	// Other tests on this stack publish items of their own.
	private static Map<String, Long> sampleWebhookCounts() {
		return traffic.receiver()
			.countsById()
			.entrySet()
			.stream()
			.filter((entry) -> SAMPLE_ITEMS.contains(entry.getKey().substring(0, entry.getKey().indexOf(':'))))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private static List<JsonNode> lineageOf(String contentId) {
		return traffic.topics()
			.readAll(Topics.PIPELINE_LINEAGE)
			.stream()
			.filter((record) -> contentId.equals(record.key()))
			.map((record) -> ContractJson.mapper().readTree(record.value()))
			.filter((event) -> contentId.equals(event.path("contentId").asString()))
			.toList();
	}

	private static JsonNode json(Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return ContractJson.mapper().readTree(response.body());
	}

}
