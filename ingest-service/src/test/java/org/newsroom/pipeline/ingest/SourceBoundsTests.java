package org.newsroom.pipeline.ingest;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.contract.EventTypes;
import org.newsroom.pipeline.contract.Topics;
import org.newsroom.pipeline.support.kafka.DeadLetterHeaders;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.newsroom.pipeline.support.test.KafkaTestClient.header;

/**
 * Two CMSs share the ingress: the wire's token writes {@code wire-} items, the desk's
 * {@code desk-} and {@code opinion-} items, each under its own CloudEvent source; on
 * Kafka, {@code cms://feed} may write {@code feed-} items. Neither may write, update or
 * withdraw the other's items. A third CMS may post 3 events per 2 seconds.
 */
// Every property that differs from the shared context is here, so the suite starts one
// more context only. Its own consumer group, closed after the class, keeps the shared
// context's group from rebalancing with it.
@TestPropertySource(properties = { "spring.kafka.consumer.group-id=" + SourceBoundsTests.GROUP,
		"ingest.http.sources[0].name=wire", "ingest.http.sources[0].token=wire-token",
		"ingest.http.sources[0].sources=cms://wire", "ingest.http.sources[0].content-id-prefixes=wire-",
		"ingest.http.sources[1].name=desk", "ingest.http.sources[1].token=desk-token",
		"ingest.http.sources[1].sources=cms://desk", "ingest.http.sources[1].content-id-prefixes=desk-,opinion-",
		"ingest.http.sources[2].name=burst", "ingest.http.sources[2].token=burst-token",
		"ingest.http.sources[2].sources=cms://burst", "ingest.http.sources[2].content-id-prefixes=burst-",
		"ingest.http.sources[2].rate-limit.limit-for-period=3",
		"ingest.http.sources[2].rate-limit.limit-refresh-period=2s", "ingest.kafka.sources[0].source=cms://feed",
		"ingest.kafka.sources[0].content-id-prefixes=feed-" })
@DirtiesContext
class SourceBoundsTests extends IngestTestSupport {

	static final String GROUP = "ingest-bounds-test";

	@Test
	void refusesATokenWritingAnotherSourcesContentIdWith403AndTheReason() throws Exception {
		HttpResponse<String> response = post("desk-token", structured("cms://desk", "wire-b1", "evt-wire-b1",
				EventTypes.PUBLISHED, article("wire-b1", 1, "Ours")));

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"status\":403")
			.contains("\"detail\":\"the token of desk may not write content id 'wire-b1'; it allows content ids "
					+ "beginning with [desk-, opinion-]\"")
			.contains("\"refused\":\"contentId\"")
			.contains("\"value\":\"wire-b1\"")
			.contains("\"allowed\":[\"desk-\",\"opinion-\"]");
		assertThat(stored("wire-b1")).isNull();
	}

	@Test
	void refusesATokenSendingASourceItDoesNotOwnWith403() throws Exception {
		HttpResponse<String> response = post("desk-token", structured("cms://wire", "desk-b2", "evt-desk-b2",
				EventTypes.PUBLISHED, article("desk-b2", 1, "Ours")));

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body())
			.contains(
					"the token of desk may not send events of source 'cms://wire'; it allows the sources [cms://desk]")
			.contains("\"refused\":\"source\"");
	}

	/** The intake bounds Kafka records too, and counts what HTTP tokens may write. */
	@Test
	void acceptsATokensOwnSourceAndContentIdsWith202AndStoresThem() throws Exception {
		HttpResponse<String> response = post("desk-token", structured("cms://desk", "opinion-b3", "evt-opinion-b3",
				EventTypes.PUBLISHED, article("opinion-b3", 1, "Meinung")));

		assertThat(response.statusCode()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(30)).until(() -> stored("opinion-b3") != null);
	}

	@Test
	void refusesAWithdrawalOfAnotherSourcesItemWith403AndLeavesItLive() throws Exception {
		assertThat(post("wire-token",
				structured("cms://wire", "wire-b4", "evt-wire-b4", EventTypes.PUBLISHED, article("wire-b4", 1, "Wire")))
			.statusCode()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(30)).until(() -> stored("wire-b4") != null);

		HttpResponse<String> kill = post("desk-token",
				structured("cms://desk", "wire-b4", "evt-wire-b4-w1", EventTypes.WITHDRAWN, withdrawal("wire-b4", 1)));

		assertThat(kill.statusCode()).isEqualTo(403);
		assertThat(kill.body()).contains("the token of desk may not write content id 'wire-b4'");
		assertThat(stored("wire-b4").getBoolean("withdrawn")).isFalse();
		await().atMost(Duration.ofSeconds(30)).until(() -> !lineageOutcomes("wire-b4").isEmpty());
		assertThat(lineageOutcomes("wire-b4")).containsExactly("ACCEPTED");
	}

	@Test
	void deadLettersAKafkaRecordOfAListedSourceOutsideItsPrefixesWithTheReason() {
		sendCms("cms://feed", "wire-k1", EventTypes.PUBLISHED, "evt-wire-k1", article("wire-k1", 1, "Fremd"));
		sendCms("cms://feed", "feed-k1", EventTypes.PUBLISHED, "evt-feed-k1", article("feed-k1", 1, "Eigen"));

		assertThat(header(deadLetter("wire-k1"), DeadLetterHeaders.REASON))
			.isEqualTo("source 'cms://feed' may not write content id 'wire-k1'; it allows content ids beginning with "
					+ "[feed-]");
		await().atMost(Duration.ofSeconds(30)).until(() -> stored("feed-k1") != null);
		assertThat(stored("wire-k1")).isNull();
		await().atMost(Duration.ofSeconds(30)).until(() -> !lineageOutcomes("wire-k1").isEmpty());
		assertThat(lineageOutcomes("wire-k1")).containsExactly("REJECTED");
	}

	@Test
	void deadLettersAKafkaRecordOfASourceThatIsNotListed() {
		sendCms("cms://test", "feed-k2", EventTypes.PUBLISHED, "evt-feed-k2", article("feed-k2", 1, "Unbekannt"));

		assertThat(header(deadLetter("feed-k2"), DeadLetterHeaders.REASON))
			.isEqualTo("source 'cms://test' may not write on Kafka; ingest.kafka.sources and the HTTP sources allow "
					+ "the sources [cms://feed, cms://wire, cms://desk, cms://burst]");
		assertThat(stored("feed-k2")).isNull();
	}

	@Test
	void answers429WithRetryAfterUnderABurstAnd202AgainAfterTheWindow() throws Exception {
		List<Integer> burst = new ArrayList<>();
		HttpResponse<String> limited = null;
		for (int i = 0; i < 10; i++) {
			HttpResponse<String> response = post("burst-token", burstEvent("burst-r" + i));
			burst.add(response.statusCode());
			limited = (limited == null && response.statusCode() == 429) ? response : limited;
		}

		assertThat(burst).containsOnly(202, 429).contains(429);
		assertThat(burst.stream().filter((status) -> status == 202)).hasSizeBetween(3, 6);
		assertThat(limited.headers().firstValue("Retry-After")).hasValue("2");
		assertThat(limited.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(limited.body()).contains("\"status\":429")
			.contains("source burst posts faster than its rate limit allows; retry after 2 s");
		Thread.sleep(Duration.ofSeconds(2).toMillis());
		assertThat(post("burst-token", burstEvent("burst-after")).statusCode()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(30)).until(() -> stored("burst-after") != null);
	}

	private static String burstEvent(String contentId) {
		return structured("cms://burst", contentId, "evt-" + contentId, EventTypes.PUBLISHED,
				article(contentId, 1, "Eilmeldung"));
	}

	private ConsumerRecord<String, byte[]> deadLetter(String key) {
		return this.kafka
			.readUntil(Topics.deadLetter(this.properties.topics().cmsContent(), GROUP),
					(records) -> records.stream().anyMatch((r) -> key.equals(r.key())), Duration.ofSeconds(60))
			.stream()
			.filter((r) -> key.equals(r.key()))
			.findFirst()
			.orElseThrow();
	}

}
