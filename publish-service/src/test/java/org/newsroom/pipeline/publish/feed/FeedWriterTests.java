package org.newsroom.pipeline.publish.feed;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.publish.syndication.FeedDescriptor;
import org.newsroom.pipeline.publish.syndication.ItemLinks;

import static org.assertj.core.api.Assertions.assertThat;

class FeedWriterTests {

	private static final String HOSTILE = "<script>alert('x')</script> ]]> & \"quoted\" 'single' \u0000\u0001\u0008\u000B"
			+ "\u000C\u001F\uD800 lone \uDC00 <!DOCTYPE lolz [<!ENTITY lol \"lol\">]>&lol; \uFFFE\u0085 ok";

	private final FeedWriter writer = new FeedWriter(new ItemLinks("https://news.example.org/"));

	private final FeedDescriptor descriptor = new FeedDescriptor("Wirtschaft",
			"https://news.example.org/feeds/wirtschaft.rss", "https://news.example.org/wirtschaft",
			"Nachrichten aus der Wirtschaft", "de");

	@Test
	void writesRssItemsWithStableGuidLinkDateAndCategories() {
		ContentItem item = TestItems.article("art-1", 2, "Bahnstreik", "Die GDL streikt.", "<p>Text</p>");

		Document rss = SecureXml.parse(this.writer.rss(this.descriptor, List.of(item)));

		assertThat(SecureXml.text(rss, "/rss/@version")).isEqualTo("2.0");
		assertThat(SecureXml.text(rss, "/rss/channel/title")).isEqualTo("Wirtschaft");
		assertThat(SecureXml.text(rss, "/rss/channel/language")).isEqualTo("de");
		assertThat(SecureXml.text(rss, "/rss/channel/atom:link[@rel='self']/@href"))
			.isEqualTo("https://news.example.org/feeds/wirtschaft.rss");
		assertThat(SecureXml.text(rss, "//item/title")).isEqualTo("Bahnstreik");
		assertThat(SecureXml.text(rss, "//item/link")).isEqualTo("https://news.example.org/content/art-1");
		assertThat(SecureXml.text(rss, "//item/guid")).isEqualTo("art-1");
		assertThat(SecureXml.text(rss, "//item/guid/@isPermaLink")).isEqualTo("false");
		assertThat(SecureXml.text(rss, "//item/pubDate")).isEqualTo("Thu, 21 Nov 2024 09:30:00 GMT");
		assertThat(SecureXml.text(rss, "//item/description")).isEqualTo("Die GDL streikt.");
		assertThat(SecureXml.text(rss, "//item/content:encoded")).isEqualTo("<p>Text</p>");
		assertThat(SecureXml.count(rss, "//item/dc:creator")).isEqualTo(2);
		assertThat(SecureXml.text(rss, "//item/category[1]")).isEqualTo("wirtschaft");
		assertThat(SecureXml.text(rss, "//item/category[@domain]"))
			.isEqualTo("Wirtschaft, Wirtschaftssektor und Finanzen");
	}

	@Test
	void keepsTheGuidWhenTheItemIsUpdated() {
		String first = this.writer.rss(this.descriptor, List.of(TestItems.article("art-1", 1, "Alt", "a", null)));
		String second = this.writer.rss(this.descriptor, List.of(TestItems.article("art-1", 2, "Neu", "b", null)));

		assertThat(SecureXml.text(SecureXml.parse(first), "//item/guid"))
			.isEqualTo(SecureXml.text(SecureXml.parse(second), "//item/guid"));
	}

	@Test
	void prefersTheCanonicalUrlAsLink() {
		ContentItem episode = TestItems.episode("ep-1", 1, "Folge");

		Document rss = SecureXml.parse(this.writer.rss(this.descriptor, List.of(episode)));

		assertThat(SecureXml.text(rss, "//item/link")).isEqualTo("https://news.example.org/podcasts/bundestalk/ep-1");
	}

	@Test
	void writesAtomEntriesWithUrnIdsAndBothDates() {
		ContentItem item = TestItems.article("art-1", 2, "Bahnstreik", "Die GDL streikt.", "<p>Text</p>");

		Document atom = SecureXml.parse(this.writer.atom(this.descriptor, List.of(item)));

		assertThat(SecureXml.text(atom, "/atom:feed/atom:title")).isEqualTo("Wirtschaft");
		assertThat(SecureXml.text(atom, "/atom:feed/atom:link[@rel='self']/@href"))
			.isEqualTo("https://news.example.org/feeds/wirtschaft.rss");
		assertThat(SecureXml.text(atom, "/atom:feed/atom:updated")).isEqualTo("2024-11-21T09:30:00Z");
		assertThat(SecureXml.text(atom, "//atom:entry/atom:id")).isEqualTo("urn:newsroom:content:art-1");
		assertThat(SecureXml.text(atom, "//atom:entry/atom:updated")).isEqualTo("2024-11-21T09:30:00Z");
		assertThat(SecureXml.text(atom, "//atom:entry/atom:published")).isEqualTo("2024-11-20T08:00:00Z");
		assertThat(SecureXml.text(atom, "//atom:entry/atom:link[@rel='alternate']/@href"))
			.isEqualTo("https://news.example.org/content/art-1");
		assertThat(SecureXml.text(atom, "//atom:entry/atom:summary")).isEqualTo("Die GDL streikt.");
		assertThat(SecureXml.text(atom, "//atom:entry/atom:author[2]/atom:name")).isEqualTo("Ben Beispiel");
		assertThat(SecureXml.count(atom, "//atom:entry/atom:category")).isEqualTo(2);
	}

	@Test
	void writesWellFormedRssWhateverTheItemHolds() {
		ContentItem hostile = TestItems.article("art-<&>\u0000", 1, HOSTILE, HOSTILE, HOSTILE);

		String xml = this.writer.rss(this.descriptor, List.of(hostile));
		Document rss = SecureXml.parse(xml);

		String title = SecureXml.text(rss, "//item/title");
		assertThat(title).startsWith("<script>alert('x')</script> ]]> & \"quoted\" 'single' ")
			.contains("<!DOCTYPE lolz [<!ENTITY lol \"lol\">]>&lol;")
			.doesNotContain("\u0000", "\u0001", "\u001F", "\uD800", "\uDC00", "\uFFFE", "\u0085")
			.endsWith(" ok");
		assertThat(SecureXml.text(rss, "//item/content:encoded")).isEqualTo(title);
		assertThat(SecureXml.text(rss, "//item/guid")).isEqualTo("art-<&>");
		assertThat(xml).doesNotContain("<!DOCTYPE").doesNotContain("<script>");
	}

	@Test
	void writesWellFormedAtomWhateverTheItemHolds() {
		ContentItem hostile = TestItems.article("art-2", 1, HOSTILE, HOSTILE, HOSTILE);
		FeedDescriptor hostileFeed = new FeedDescriptor(HOSTILE, "https://news.example.org/a?x=1&y=2",
				"https://news.example.org/", HOSTILE, "de");

		String xml = this.writer.atom(hostileFeed, List.of(hostile));
		Document atom = SecureXml.parse(xml);

		assertThat(SecureXml.text(atom, "//atom:entry/atom:title")).contains("<script>alert('x')</script> ]]> &");
		assertThat(SecureXml.text(atom, "//atom:entry/atom:content")).contains("&lol;");
		assertThat(SecureXml.text(atom, "/atom:feed/atom:link[@rel='self']/@href"))
			.isEqualTo("https://news.example.org/a?x=1&y=2");
		assertThat(xml).doesNotContain("<!DOCTYPE").doesNotContain("<script>");
	}

	@Test
	void writesAnEmptyFeedWhenThereAreNoItems() {
		Document rss = SecureXml.parse(this.writer.rss(this.descriptor, List.of()));
		Document atom = SecureXml.parse(this.writer.atom(this.descriptor, List.of()));

		assertThat(SecureXml.count(rss, "//item")).isZero();
		assertThat(SecureXml.count(atom, "//atom:entry")).isZero();
		assertThat(SecureXml.text(atom, "/atom:feed/atom:updated")).isNotBlank();
	}

}
