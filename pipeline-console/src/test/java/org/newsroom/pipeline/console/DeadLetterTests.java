package org.newsroom.pipeline.console;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.contract.Topics;
import org.newsroom.pipeline.support.kafka.DeadLetterHeaders;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.newsroom.pipeline.support.test.KafkaTestClient.header;

class DeadLetterTests extends ConsoleTestSupport {

	private static final String REASON = "$.revision: must be an integer; $.contentId: is missing";

	@Test
	void listsADeadLetterWithItsReasonAndReplaysItAsItWas() {
		String key = unique("poison");
		String original = this.properties.topics().cmsContent();
		String dlt = Topics.deadLetter(original, "ingest");
		byte[] value = "{\"revision\":\"two\",\"headline\":\"Schöne Grüße\"}".getBytes(StandardCharsets.UTF_8);
		this.kafka.send(dlt, key, deadLetterHeaders(key, original, 3, 41), value);

		ConsoleBrowser operator = operator();
		Element row = awaitRow(operator, key);
		assertThat(row.selectFirst("[data-test=dead-letter-reason]").text()).isEqualTo(REASON);
		assertThat(row.selectFirst("[data-test=dead-letter-payload]").text()).contains("Schöne Grüße");
		assertThat(row.text()).contains(original + " [3] @41");
		assertThat(row.attr("data-id")).isEqualTo(original + "/3/41");

		assertThat(operator.post("/dead-letters/replay", Map.of("one", row.attr("data-id"))).statusCode())
			.isEqualTo(302);

		ConsumerRecord<String, byte[]> replayed = this.kafka
			.readUntil(original, (records) -> records.stream().anyMatch((r) -> key.equals(r.key())),
					Duration.ofSeconds(30))
			.stream()
			.filter((r) -> key.equals(r.key()))
			.findFirst()
			.orElseThrow();
		assertThat(replayed.value()).isEqualTo(value);
		assertThat(header(replayed, "ce_id")).isEqualTo("evt-" + key);
		assertThat(header(replayed, "ce_type")).isEqualTo("news.content.published");
		assertThat(header(replayed, DeadLetterHeaders.REPLAYED_FROM)).isEqualTo(dlt);
		assertThat(StreamSupport.stream(replayed.headers().spliterator(), false).map((h) -> h.key()))
			.noneMatch((name) -> name.startsWith("kafka_dlt-") || name.startsWith("pipeline_dlt_"));

		Document page = operator.page("/dead-letters");
		Element replay = page.selectFirst("[data-test=replay-row][data-dead-letter=" + original + "/3/41]");
		assertThat(replay).isNotNull();
		assertThat(replay.selectFirst("[data-test=replay-status]").text()).isEqualTo("SENT");
		assertThat(replay.text()).contains("operator");
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			JsonNode timeline = api("/api/v1/items/" + key + "/timeline");
			assertThat(timeline.valueStream().map((step) -> step.get("outcome").asString())).contains("REPLAYED");
		});
		await().atMost(Duration.ofSeconds(30))
			.until(() -> operator.page("/items/" + key).select("[data-test=item-action-row][data-action=REPLAY]"),
					(rows) -> rows.size() == 1);
		Element action = operator.page("/items/" + key).selectFirst("[data-test=item-action-row]");
		assertThat(action.attr("data-outcome")).isEqualTo("DONE");
		assertThat(action.text()).contains("operator", "dead-letter:" + original + "/3/41", dlt);
	}

	@Test
	void refusesAReplayByAViewer() {
		String key = unique("viewer");
		String original = this.properties.topics().ingested();
		this.kafka.send(Topics.deadLetter(original, "enrich"), key, deadLetterHeaders(key, original, 0, 7),
				"{}".getBytes(StandardCharsets.UTF_8));
		ConsoleBrowser viewer = viewer();
		Element row = awaitRow(viewer, key);
		assertThat(row.select("[data-test=replay-one]")).as("no replay button for viewers").isEmpty();

		assertThat(viewer.post("/dead-letters/replay", Map.of("one", row.attr("data-id"))).statusCode()).isEqualTo(403);
		assertThat(viewer.page("/dead-letters/replay-matching?key=" + key).getElementById("replay-matching-form"))
			.isNull();
		assertThat(viewer.post("/dead-letters/replay-matching", Map.of("key", key, "asOf", Instant.now().toString()))
			.statusCode()).isEqualTo(403);
		assertThat(operator().page("/dead-letters")
			.select("[data-test=replay-row][data-dead-letter=" + original + "/0/7]")).isEmpty();
	}

	@Test
	void storesARedeliveredDeadLetterOnce() {
		String key = unique("twice");
		String original = this.properties.topics().enriched();
		String dlt = Topics.deadLetter(original, "publish");
		Map<String, byte[]> headers = deadLetterHeaders(key, original, 1, 99);
		this.kafka.send(dlt, key, headers, "{}".getBytes(StandardCharsets.UTF_8));
		this.kafka.send(dlt, key, headers, "{}".getBytes(StandardCharsets.UTF_8));
		this.kafka.send(dlt, key, deadLetterHeaders(key, original, 1, 100), "{}".getBytes(StandardCharsets.UTF_8));

		ConsoleBrowser viewer = viewer();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> viewer.page("/dead-letters").select("[data-key=" + key + "]").size() >= 2);
		assertThat(viewer.page("/dead-letters").select("[data-key=" + key + "]").eachAttr("data-id"))
			.containsExactlyInAnyOrder(original + "/1/99", original + "/1/100");
	}

	@Test
	void pagesAndFiltersDeadLetters() {
		String token = unique("paged");
		String original = this.properties.topics().enriched();
		String dlt = Topics.deadLetter(original, "publish");
		long base = sendDeadLetters(dlt, original, 2, token, 12, "Listener failed: " + token);
		ConsoleBrowser viewer = viewer();
		String filter = "/dead-letters?reason=" + token.toUpperCase(Locale.ROOT) + "&size=5";
		await().atMost(Duration.ofSeconds(30))
			.until(() -> viewer.page(filter).selectFirst("[data-test=dead-letter-total]").text().equals("12"));
		Document first = viewer.page(filter);
		assertThat(first.select("[data-test=dead-letter-row]")).hasSize(5);
		assertThat(first.getElementById("page-number").text()).isEqualTo("page 1 of 3");
		Document last = viewer
			.page(viewer.page(first.getElementById("page-next").attr("href")).getElementById("page-next").attr("href"));
		assertThat(last.select("[data-test=dead-letter-row]")).hasSize(2);
		assertThat(last.getElementById("page-next")).isNull();

		assertThat(viewer.page("/dead-letters?key=" + token + "-7")
			.select("[data-test=dead-letter-row]")
			.eachAttr("data-id")).containsExactly(original + "/2/" + (base + 7));
		assertThat(viewer.page("/dead-letters?reason=" + token + "&topic=" + dlt + "&group=ingest")
			.selectFirst("[data-test=dead-letter-total]")
			.text()).isEqualTo("12");
		assertThat(viewer.page("/dead-letters?reason=" + token + "&group=enrich").select("[data-test=dead-letter-row]"))
			.isEmpty();
		assertThat(viewer.page("/dead-letters?reason=" + token + "&to=2020-01-01T00:00")
			.select("[data-test=dead-letter-row]")).isEmpty();
	}

	@Test
	void replaysAllDeadLettersThatMatchTheFilterAfterAConfirmation() {
		String token = unique("matching");
		String original = this.properties.topics().cmsContent();
		String dlt = Topics.deadLetter(original, "ingest");
		long base = sendDeadLetters(dlt, original, 4, token, 7, "store timed out " + token);
		this.kafka.send(dlt, token + "-other", deadLetterHeaders(token + "-other", original, 4, base + 7, REASON),
				"{}".getBytes(StandardCharsets.UTF_8));
		ConsoleBrowser operator = operator();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> operator.page("/dead-letters?key=" + token + "-other")
				.select("[data-test=dead-letter-row]")
				.size() == 1
					&& operator.page("/dead-letters?reason=timed+out+" + token)
						.selectFirst("[data-test=dead-letter-total]")
						.text()
						.equals("7"));

		String link = operator.page("/dead-letters?reason=timed+out+" + token)
			.getElementById("replay-matching")
			.attr("href");
		Document confirm = operator.page(link);
		assertThat(confirm.selectFirst("[data-test=replay-matching-count]").text()).isEqualTo("7");
		Map<String, String> form = new LinkedHashMap<>();
		confirm.select("#replay-matching-form input[type=hidden]").forEach((input) -> {
			if (!input.attr("name").equals("_csrf")) {
				form.put(input.attr("name"), input.val());
			}
		});
		HttpResponse<String> replayed = operator.post("/dead-letters/replay-matching", form);
		assertThat(replayed.statusCode()).isEqualTo(302);
		URI location = URI.create(replayed.headers().firstValue("Location").orElseThrow());
		assertThat(operator.page(location.getRawPath() + "?" + location.getRawQuery())
			.getElementById("flash-message")
			.text()).isEqualTo("Replayed 7 of 7 matching dead letters; 0 failed.");

		List<String> keys = this.kafka.readUntil(original,
				(records) -> records.stream().filter((r) -> r.key() != null && r.key().startsWith(token)).count() >= 7,
				Duration.ofSeconds(30))
			.stream()
			.map(ConsumerRecord::key)
			.filter((k) -> k != null && k.startsWith(token))
			.toList();
		assertThat(keys).hasSize(7).doesNotContain(token + "-other");
		Document page = operator.page("/dead-letters?reason=" + token);
		for (int i = 0; i < 7; i++) {
			assertThat(
					page.selectFirst("[data-test=replay-row][data-dead-letter=" + original + "/4/" + (base + i) + "]")
						.attr("data-status"))
				.isEqualTo("SENT");
		}
		assertThat(operator.page("/dead-letters?key=" + token + "-other")
			.selectFirst("[data-test=dead-letter-replays]")
			.text()).isEqualTo("0");
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(api("/api/v1/items/" + token + "-3/timeline").valueStream()
				.map((step) -> step.get("outcome").asString())).contains("REPLAYED");
			JsonNode audit = api("/api/v1/audit?action=REPLAY&contentId=" + token + "-3");
			assertThat(audit.get("records").valueStream().map((r) -> r.get("outcome").asString()))
				.containsExactly("DONE");
		});
	}

	// Dead letters <token>-0 to -<count - 1> at offsets from a base no other test uses.
	private long sendDeadLetters(String dlt, String original, int partition, String token, int count, String reason) {
		long base = System.nanoTime() % 1_000_000_000L;
		for (int i = 0; i < count; i++) {
			this.kafka.send(dlt, token + "-" + i,
					deadLetterHeaders(token + "-" + i, original, partition, base + i, reason),
					"{}".getBytes(StandardCharsets.UTF_8));
		}
		return base;
	}

	private Element awaitRow(ConsoleBrowser browser, String key) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> browser.page("/dead-letters").selectFirst("[data-test=dead-letter-row][data-key=" + key + "]"),
					(row) -> row != null);
		return browser.page("/dead-letters").selectFirst("[data-test=dead-letter-row][data-key=" + key + "]");
	}

	// The headers Spring Kafka's DeadLetterPublishingRecoverer and the pipeline's
	// recoverer put on a dead letter, beside the record's own CloudEvents headers.
	private static Map<String, byte[]> deadLetterHeaders(String key, String topic, int partition, long offset) {
		return deadLetterHeaders(key, topic, partition, offset, REASON);
	}

	private static Map<String, byte[]> deadLetterHeaders(String key, String topic, int partition, long offset,
			String reason) {
		Map<String, byte[]> headers = new LinkedHashMap<>();
		headers.put("ce_id", text("evt-" + key));
		headers.put("ce_type", text("news.content.published"));
		headers.put("kafka_dlt-exception-fqcn", text("org.newsroom.pipeline.support.kafka.PermanentFailureException"));
		headers.put("kafka_dlt-exception-message", text("Listener failed; " + REASON));
		headers.put("kafka_dlt-original-topic", text(topic));
		headers.put("kafka_dlt-original-partition", ByteBuffer.allocate(4).putInt(partition).array());
		headers.put("kafka_dlt-original-offset", ByteBuffer.allocate(8).putLong(offset).array());
		headers.put("kafka_dlt-original-timestamp",
				ByteBuffer.allocate(8).putLong(Instant.now().toEpochMilli()).array());
		headers.put("kafka_dlt-original-consumer-group", text("ingest"));
		headers.put(DeadLetterHeaders.REASON, text(reason));
		headers.put(DeadLetterHeaders.SERVICE, text("ingest"));
		headers.put(DeadLetterHeaders.TIME, text(Instant.now().toString()));
		headers.put(DeadLetterHeaders.FAILURE_KIND, text("permanent"));
		return headers;
	}

	private static byte[] text(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

}
