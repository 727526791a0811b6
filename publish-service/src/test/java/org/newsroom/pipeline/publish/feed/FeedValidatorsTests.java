package org.newsroom.pipeline.publish.feed;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.contract.events.ContentEnriched;
import org.newsroom.pipeline.publish.support.PublishServiceTestBase;
import org.newsroom.pipeline.publish.support.TestEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A feed reader that asks with the validators of its last copy gets the new feed whenever
 * what the feed shows changed, also when its newest item stayed the same.
 */
class FeedValidatorsTests extends PublishServiceTestBase {

	@Test
	void servesTheNewFeedAfterAKillToAReaderWithTheOldValidators() throws Exception {
		String feed = "/feeds/sections/validators-kill.rss";
		send(TestEvents.article("validators-old", 1, "validators-kill", "Bleibt stehen", null));
		send(TestEvents.article("validators-new", 1, "validators-kill", "Wird zurückgezogen", null));
		await().atMost(WAIT).until(() -> get(feed, null).body().contains("Wird zurückgezogen"));
		HttpResponse<String> before = get(feed, null);
		String etag = before.headers().firstValue("ETag").orElseThrow();
		String lastModified = before.headers().firstValue("Last-Modified").orElseThrow();
		assertThat(get(feed, null, "If-None-Match", etag).statusCode()).isEqualTo(304);
		awaitNextSecondAfter(lastModified);

		send(TestEvents.withdrawal("validators-new", 1, "legal"));
		await().atMost(WAIT).until(() -> !get(feed, null).body().contains("Wird zurückgezogen"));

		HttpResponse<String> byEtag = get(feed, null, "If-None-Match", etag);
		assertThat(byEtag.statusCode()).isEqualTo(200);
		assertThat(byEtag.body()).contains("Bleibt stehen").doesNotContain("Wird zurückgezogen");
		HttpResponse<String> byDate = get(feed, null, "If-Modified-Since", lastModified);
		assertThat(byDate.statusCode()).isEqualTo(200);
		assertThat(byDate.body()).doesNotContain("Wird zurückgezogen");
	}

	@Test
	void servesTheNewFeedAfterARefreshOfMetadataToAReaderWithTheOldValidators() throws Exception {
		String feed = "/feeds/sections/validators-refresh.atom";
		ContentEnriched first = TestEvents.article("validators-refresh", 1, "validators-refresh", "Neu erschlossen",
				null);
		send(first);
		await().atMost(WAIT).until(() -> get(feed, null).body().contains("Neu erschlossen"));
		HttpResponse<String> before = get(feed, null);
		String etag = before.headers().firstValue("ETag").orElseThrow();
		String lastModified = before.headers().firstValue("Last-Modified").orElseThrow();
		awaitNextSecondAfter(lastModified);

		send(TestEvents.reenriched(first, 2, "Frisch angereicherter Vorspann"));
		await().atMost(WAIT).until(() -> get(feed, null).body().contains("Frisch angereicherter Vorspann"));

		assertThat(get(feed, null, "If-None-Match", etag).statusCode()).isEqualTo(200);
		assertThat(get(feed, null, "If-Modified-Since", lastModified).statusCode()).isEqualTo(200);
	}

	/**
	 * Last-Modified has whole seconds: a change must fall into a later second to show.
	 */
	private static void awaitNextSecondAfter(String lastModified) {
		Instant shown = ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
		await().atMost(Duration.ofSeconds(5)).until(() -> Instant.now().isAfter(shown.plusSeconds(1)));
	}

}
