package org.newsroom.pipeline.publish;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import org.newsroom.pipeline.contract.lineage.LineageEvent;
import org.newsroom.pipeline.contract.lineage.LineageOutcome;
import org.newsroom.pipeline.contract.samples.SampleTraffic.SampleRecord;
import org.newsroom.pipeline.contract.samples.SampleTraffic;
import org.newsroom.pipeline.publish.feed.SecureXml;
import org.newsroom.pipeline.publish.support.PublishServiceTestBase;
import org.newsroom.pipeline.publish.support.TestEvents;
import org.newsroom.pipeline.support.test.KafkaTestClient;
import org.newsroom.pipeline.support.test.webhook.Delivery;
import org.newsroom.pipeline.support.test.webhook.StandardWebhooksVerifier;
import org.newsroom.pipeline.support.test.webhook.WebhookReceiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The channel outcomes of the sample traffic (samples/README.md), record by record.
 */
class SampleChannelsTests extends PublishServiceTestBase {

	private static final String EPISODE = "bundestalk-2024-11-ukraine";

	private static final String ARTICLE = "art-2024-11-bahn-streik";

	private static final String ENGLISH = "art-2024-11-climate-cop";

	private static final String EMBARGOED = "art-2024-11-embargo-report";

	@Test
	void bringsEverySampleToTheChannelsTheReadmePromises() throws Exception {
		List<SampleRecord> samples = SampleTraffic.records();
		try (WebhookReceiver subscriber = WebhookReceiver.start()) {
			String secret = subscribe(subscriber, null, "content.published", "content.updated", "content.withdrawn")
				.get("secret")
				.asString();
			StandardWebhooksVerifier verifier = new StandardWebhooksVerifier(secret);

			send(TestEvents.fromSample(samples.get(0)));
			awaitFeed("/podcasts/bundestalk.rss", (xml) -> xml.contains(EPISODE));

			send(TestEvents.fromSample(samples.get(1)));
			awaitFeed("/feeds/sections/wirtschaft.rss", (xml) -> xml.contains("Lokführer kündigen neuen Streik an"));
			subscriber.awaitDelivery(ARTICLE + ":1:published", WAIT);

			send(TestEvents.fromSample(samples.get(2)));
			subscriber.awaitDelivery(ENGLISH + ":1:published", WAIT);

			send(TestEvents.fromSample(samples.get(3)));
			awaitFeed("/feeds/sections/wirtschaft.atom",
					(xml) -> xml.contains("Lokführer streiken ab Montag") && !xml.contains("kündigen neuen Streik"));
			subscriber.awaitDelivery(ARTICLE + ":2:updated", WAIT);
			assertThat(json(get("/api/v1/content/" + ARTICLE, null)).get("version").asString()).isEqualTo("2");

			send(TestEvents.fromSample(samples.get(4)));
			lineageUntil((events) -> has(events, ARTICLE, 1, LineageOutcome.STALE));

			send(TestEvents.fromSample(samples.get(5)));
			lineageUntil((events) -> has(events, EMBARGOED, 1, LineageOutcome.EMBARGOED));
			assertThat(get("/api/v1/content/" + EMBARGOED, null).statusCode()).isEqualTo(404);
			HttpResponse<String> asOperator = get("/api/v1/content/" + EMBARGOED, OPERATOR);
			assertThat(asOperator.statusCode()).isEqualTo(200);
			assertThat(json(asOperator).get("pubstatus").asString()).isEqualTo("withheld");

			send(TestEvents.fromSample(samples.get(6)));
			subscriber.awaitDelivery(ENGLISH + ":2:withdrawn", WAIT);
			assertThat(get("/api/v1/content/" + ENGLISH, null).statusCode()).isEqualTo(410);

			// all.rss holds the newest 50 items, and other tests of this context add
			// newer
			// ones than the 2024 samples: ask the API whether the samples are live
			String all = get("/feeds/all.rss", null).body();
			SecureXml.parse(all);
			assertThat(all).doesNotContain(ENGLISH, EMBARGOED);
			assertThat(get("/api/v1/content/" + EPISODE, null).statusCode()).isEqualTo(200);
			assertThat(get("/api/v1/content/" + ARTICLE, null).statusCode()).isEqualTo(200);
			assertThat(get("/feeds/sections/international.atom", null).body()).doesNotContain(ENGLISH);
			assertThat(get("/feeds/sections/inland.rss", null).body()).doesNotContain(EMBARGOED);
			assertThat(get("/feeds/kinds/article.rss", null).body()).doesNotContain(ENGLISH, EMBARGOED);
			assertThat(get("/api/v1/content?limit=100", null).body()).doesNotContain(ENGLISH, EMBARGOED);

			List<String> ids = subscriber.deliveries()
				.stream()
				.map(Delivery::id)
				.filter((id) -> id.startsWith(ARTICLE) || id.startsWith(ENGLISH) || id.startsWith(EMBARGOED))
				.toList();
			assertThat(ids).containsExactly(ARTICLE + ":1:published", ENGLISH + ":1:published", ARTICLE + ":2:updated",
					ENGLISH + ":2:withdrawn");
			for (Delivery request : subscriber.deliveries()) {
				assertThat(verifier.verifies(request)).as(request.id()).isTrue();
			}
			assertOutboundTopic();
		}
	}

	private void assertOutboundTopic() {
		List<String> expected = List.of(EPISODE + ":1:published", ARTICLE + ":1:published", ENGLISH + ":1:published",
				ARTICLE + ":2:published", ENGLISH + ":2:withdrawn");
		List<ConsumerRecord<String, byte[]>> records = this.kafka.readUntil(this.pipeline.topics().published(),
				(all) -> ceIds(all).keySet().containsAll(expected), WAIT);
		Map<String, Long> ids = ceIds(records);
		expected.forEach((id) -> assertThat(ids.get(id)).as(id).isEqualTo(1));
		assertThat(ids.keySet()).noneMatch((id) -> id.startsWith(EMBARGOED));
		assertThat(KafkaTestClient.header(records.get(0), "ce_type")).startsWith("news.content.");
	}

	private static Map<String, Long> ceIds(List<ConsumerRecord<String, byte[]>> records) {
		return records.stream()
			.map((r) -> KafkaTestClient.header(r, "ce_id"))
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
	}

	private void awaitFeed(String path, java.util.function.Predicate<String> condition) {
		await().atMost(WAIT).until(() -> {
			HttpResponse<String> response = get(path, null);
			return response.statusCode() == 200 && condition.test(response.body());
		});
		Document parsed = SecureXml.parse(getQuietly(path));
		assertThat(SecureXml.count(parsed, "//item|//atom:entry")).isPositive();
	}

	private String getQuietly(String path) {
		try {
			return get(path, null).body();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean has(List<LineageEvent> events, String contentId, long revision, LineageOutcome outcome) {
		return events.stream()
			.anyMatch((e) -> contentId.equals(e.contentId()) && e.revision() == revision && e.outcome() == outcome);
	}

}
