package org.newsroom.pipeline.publish.feed;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import org.newsroom.pipeline.contract.events.CmsEventRef;
import org.newsroom.pipeline.contract.events.ContentEnriched;
import org.newsroom.pipeline.publish.support.PublishServiceTestBase;
import org.newsroom.pipeline.publish.support.TestEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The feed and podcast endpoints: content types, validators, Apple's required tags.
 */
class FeedEndpointTests extends PublishServiceTestBase {

	@Test
	void answersNotModifiedForAnUnchangedFeedAndServesAChangedOneAgain() throws Exception {
		send(TestEvents.article("etag-1", 1, "etag-desk", "Erste Meldung", null));
		await().atMost(WAIT).until(() -> get("/feeds/sections/etag-desk.rss", null).body().contains("Erste Meldung"));
		HttpResponse<String> first = get("/feeds/sections/etag-desk.rss", null);
		assertThat(first.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/rss+xml"));
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(first.headers().firstValue("Last-Modified")).isPresent();

		HttpResponse<String> again = get("/feeds/sections/etag-desk.rss", null, "If-None-Match", etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();

		send(TestEvents.article("etag-2", 1, "etag-desk", "Zweite Meldung", null));
		await().atMost(WAIT)
			.until(() -> get("/feeds/sections/etag-desk.rss", null, "If-None-Match", etag).statusCode() == 200);
	}

	@Test
	void servesAtomWithItsContentType() throws Exception {
		send(TestEvents.article("atom-1", 1, "atom-desk", "Atom-Meldung", null));
		await().atMost(WAIT).until(() -> get("/feeds/sections/atom-desk.atom", null).body().contains("Atom-Meldung"));
		HttpResponse<String> atom = get("/feeds/sections/atom-desk.atom", null);
		assertThat(atom.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
		Document document = SecureXml.parse(atom.body());
		assertThat(SecureXml.text(document, "/atom:feed/atom:entry/atom:title")).isEqualTo("Atom-Meldung");
		assertThat(SecureXml.parse(get("/feeds/kinds/article.atom", null).body())).isNotNull();
	}

	@Test
	void writesEveryTagApplePodcastsRequires() throws Exception {
		ContentEnriched episode = TestEvents.enriched(TestItems.episode("podcast-tags-1", 1, "Folge eins"),
				new CmsEventRef("evt-p1", "cms://test", "news.content.published", java.time.Instant.now()));
		send(episode);
		await().atMost(WAIT).until(() -> get("/podcasts/bundestalk.rss", null).body().contains("podcast-tags-1"));
		Document feed = SecureXml.parse(get("/podcasts/bundestalk.rss", null).body());
		for (String channelTag : new String[] { "title", "description", "language", "link", "itunes:image/@href",
				"itunes:category/@text", "itunes:explicit", "itunes:author", "itunes:owner/itunes:email",
				"podcast:guid", "atom:link[@rel='self']/@href" }) {
			assertThat(SecureXml.text(feed, "/rss/channel/" + channelTag)).as(channelTag).isNotBlank();
		}
		String item = "/rss/channel/item[guid='podcast-tags-1']/";
		for (String itemTag : new String[] { "title", "guid", "pubDate", "enclosure/@url", "enclosure/@length",
				"enclosure/@type", "itunes:duration" }) {
			assertThat(SecureXml.text(feed, item + itemTag)).as(itemTag).isNotBlank();
		}
		assertThat(SecureXml.text(feed, item + "enclosure/@type")).isEqualTo("audio/mpeg");
	}

	@Test
	void answersNotFoundForAShowWithoutSettingsOrEpisodes() throws Exception {
		assertThat(get("/podcasts/no-such-show.rss", null).statusCode()).isEqualTo(404);
	}

}
