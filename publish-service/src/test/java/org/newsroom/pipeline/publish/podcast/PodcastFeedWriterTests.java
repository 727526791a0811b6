package org.newsroom.pipeline.publish.podcast;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.publish.feed.SecureXml;
import org.newsroom.pipeline.publish.feed.TestItems;
import org.newsroom.pipeline.publish.syndication.ItemLinks;

import static org.assertj.core.api.Assertions.assertThat;

class PodcastFeedWriterTests {

	private static final String FEED_URL = "https://news.example.org/podcasts/bundestalk.rss";

	private final PodcastFeedWriter writer = new PodcastFeedWriter(new ItemLinks("https://news.example.org"));

	private final ShowSettings show = new ShowSettings("Bundestalk", "Der politische Podcast der taz.",
			"https://media.example.org/podcasts/bundestalk/cover.jpg", "News", "Politics", "taz", "taz Audio",
			"audio@example.org", false, "de", "https://news.example.org/podcasts/bundestalk");

	@Test
	void writesTheChannelTagsAppleRequires() {
		Document feed = SecureXml.parse(this.writer.write(this.show, FEED_URL, List.of()));

		assertThat(SecureXml.text(feed, "/rss/channel/title")).isEqualTo("Bundestalk");
		assertThat(SecureXml.text(feed, "/rss/channel/description")).isEqualTo("Der politische Podcast der taz.");
		assertThat(SecureXml.text(feed, "/rss/channel/link")).isEqualTo("https://news.example.org/podcasts/bundestalk");
		assertThat(SecureXml.text(feed, "/rss/channel/language")).isEqualTo("de");
		assertThat(SecureXml.text(feed, "/rss/channel/itunes:image/@href"))
			.isEqualTo("https://media.example.org/podcasts/bundestalk/cover.jpg");
		assertThat(SecureXml.text(feed, "/rss/channel/itunes:category/@text")).isEqualTo("News");
		assertThat(SecureXml.text(feed, "/rss/channel/itunes:category/itunes:category/@text")).isEqualTo("Politics");
		assertThat(SecureXml.text(feed, "/rss/channel/itunes:explicit")).isEqualTo("false");
		assertThat(SecureXml.text(feed, "/rss/channel/itunes:author")).isEqualTo("taz");
		assertThat(SecureXml.text(feed, "/rss/channel/itunes:owner/itunes:email")).isEqualTo("audio@example.org");
		assertThat(SecureXml.text(feed, "/rss/channel/atom:link[@rel='self']/@href")).isEqualTo(FEED_URL);
	}

	@Test
	void writesThePodcastingTwoChannelTags() {
		Document feed = SecureXml.parse(this.writer.write(this.show, FEED_URL, List.of()));

		assertThat(SecureXml.text(feed, "/rss/channel/podcast:guid"))
			.isEqualTo(PodcastGuid.of("news.example.org/podcasts/bundestalk.rss").toString());
		assertThat(SecureXml.text(feed, "/rss/channel/podcast:locked")).isEqualTo("no");
	}

	@Test
	void leavesTheOwnerOutWhenNoneIsConfigured() {
		ShowSettings anonymous = new ShowSettings("Bundestalk", null, null, "News", null, null, null, null, true, "de",
				"https://news.example.org/podcasts/bundestalk");

		Document feed = SecureXml.parse(this.writer.write(anonymous, FEED_URL, List.of()));

		assertThat(SecureXml.count(feed, "//itunes:owner")).isZero();
		assertThat(SecureXml.count(feed, "//itunes:category/itunes:category")).isZero();
		assertThat(SecureXml.text(feed, "/rss/channel/itunes:explicit")).isEqualTo("true");
		assertThat(SecureXml.text(feed, "/rss/channel/description")).isEqualTo("Bundestalk");
	}

	@Test
	void writesEpisodesWithEnclosureGuidAndDuration() {
		ContentItem episode = TestItems.episode("bundestalk-2024-11-ukraine", 1, "Bundestalk: Waffenstillstand?");

		Document feed = SecureXml.parse(this.writer.write(this.show, FEED_URL, List.of(episode)));

		assertThat(SecureXml.text(feed, "//item/title")).isEqualTo("Bundestalk: Waffenstillstand?");
		assertThat(SecureXml.text(feed, "//item/enclosure/@url"))
			.isEqualTo("https://media.example.org/podcasts/bundestalk/bundestalk-2024-11-ukraine.mp3");
		assertThat(SecureXml.text(feed, "//item/enclosure/@length")).isEqualTo("52428800");
		assertThat(SecureXml.text(feed, "//item/enclosure/@type")).isEqualTo("audio/mpeg");
		assertThat(SecureXml.text(feed, "//item/guid")).isEqualTo("bundestalk-2024-11-ukraine");
		assertThat(SecureXml.text(feed, "//item/guid/@isPermaLink")).isEqualTo("false");
		assertThat(SecureXml.text(feed, "//item/pubDate")).isEqualTo("Fri, 22 Nov 2024 05:00:00 GMT");
		assertThat(SecureXml.text(feed, "//item/itunes:duration")).isEqualTo("3125");
		assertThat(SecureXml.text(feed, "//item/itunes:episodeType")).isEqualTo("full");
		assertThat(SecureXml.text(feed, "//item/description")).isEqualTo("Darüber diskutieren vier Redakteure.");
		assertThat(SecureXml.text(feed, "//item/itunes:summary")).isEqualTo("Darüber diskutieren vier Redakteure.");
	}

	@Test
	void namesSpeakersTranscriptAndChapters() {
		ContentItem episode = TestItems.episode("ep-1", 1, "Folge");

		Document feed = SecureXml.parse(this.writer.write(this.show, FEED_URL, List.of(episode)));

		assertThat(SecureXml.text(feed, "//item/podcast:person[@role='host']")).isEqualTo("Stefan Reinecke");
		assertThat(SecureXml.text(feed, "//item/podcast:person[@role='guest']")).isEqualTo("Barbara Oertel");
		assertThat(SecureXml.text(feed, "//item/podcast:transcript/@url"))
			.isEqualTo("https://media.example.org/podcasts/bundestalk/ep-1.vtt");
		assertThat(SecureXml.text(feed, "//item/podcast:transcript/@type")).isEqualTo("text/vtt");
		assertThat(SecureXml.text(feed, "//item/podcast:chapters/@url"))
			.isEqualTo("https://media.example.org/podcasts/bundestalk/ep-1.chapters.json");
		assertThat(SecureXml.text(feed, "//item/podcast:chapters/@type")).isEqualTo("application/json+chapters");
	}

	@Test
	void putsTheShowTagsAheadOfTheEpisodes() {
		ContentItem episode = TestItems.episode("ep-1", 1, "Folge");

		Document feed = SecureXml.parse(this.writer.write(this.show, FEED_URL, List.of(episode)));

		assertThat(SecureXml.count(feed, "/rss/channel/item/preceding-sibling::itunes:image")).isEqualTo(1);
		assertThat(SecureXml.count(feed, "/rss/channel/item/preceding-sibling::podcast:guid")).isEqualTo(1);
		assertThat(SecureXml.count(feed, "/rss/channel/item/following-sibling::*")).isZero();
	}

	@Test
	void leavesOutEpisodesWithoutAudio() {
		ContentItem article = TestItems.article("art-1", 1, "Kein Audio", "x", null);
		ContentItem episode = TestItems.episode("ep-1", 1, "Folge");

		Document feed = SecureXml.parse(this.writer.write(this.show, FEED_URL, List.of(article, episode)));

		assertThat(SecureXml.count(feed, "//item")).isEqualTo(1);
		assertThat(SecureXml.text(feed, "//item/guid")).isEqualTo("ep-1");
	}

	@Test
	void writesWellFormedXmlWhateverTheEpisodeHolds() {
		String hostile = "<script>x</script> ]]> & \"q\" \u0000\u0007\uD800 <!DOCTYPE lolz [<!ENTITY lol \"lol\">]>&lol;";
		ContentItem episode = TestItems.episode("ep-1", 1, hostile);

		String xml = this.writer.write(this.show, FEED_URL, List.of(episode));

		assertThat(SecureXml.text(SecureXml.parse(xml), "//item/title"))
			.isEqualTo("<script>x</script> ]]> & \"q\"  <!DOCTYPE lolz [<!ENTITY lol \"lol\">]>&lol;");
	}

	@Test
	void guessesTranscriptTypesFromTheFileName() {
		assertThat(PodcastTags.transcriptType("https://x.example/t.SRT?v=2")).isEqualTo("application/srt");
		assertThat(PodcastTags.transcriptType("https://x.example/t.json")).isEqualTo("application/json");
		assertThat(PodcastTags.transcriptType("https://x.example/t.html")).isEqualTo("text/html");
		assertThat(PodcastTags.transcriptType("https://x.example/t")).isEqualTo("text/plain");
	}

}
