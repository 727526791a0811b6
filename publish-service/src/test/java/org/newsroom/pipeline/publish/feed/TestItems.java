package org.newsroom.pipeline.publish.feed;

import java.time.Instant;
import java.util.List;

import org.newsroom.pipeline.contract.cms.CmsContent.Show;
import org.newsroom.pipeline.contract.cms.CmsContent.Speaker;
import org.newsroom.pipeline.contract.cms.ContentKind;
import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.contract.events.ContentItem.Rendition;
import org.newsroom.pipeline.contract.events.ContentItem.Subject;

/**
 * Items for the channel tests, built without the whole pipeline.
 */
public final class TestItems {

	private TestItems() {
	}

	public static ContentItem article(String id, long revision, String headline, String description, String body) {
		return new ContentItem(ContentItem.URI_PREFIX + id, id, "text", ContentKind.ARTICLE, revision, "usable", "de",
				0.99, false, headline, description, body, body, "Anna Muster", List.of("Anna Muster", "Ben Beispiel"),
				"Berlin", null, "wirtschaft", List.of("bahn"), null, Instant.parse("2024-11-20T08:00:00Z"),
				Instant.parse("2024-11-21T09:30:00Z"), null,
				List.of(new Subject("medtop:04000000", "Wirtschaft, Wirtschaftssektor und Finanzen", 0.8)), null, null,
				null, null, 120, 800, 40, null, null, null, null, null);
	}

	public static ContentItem episode(String id, long revision, String headline) {
		return new ContentItem(ContentItem.URI_PREFIX + id, id, "audio", ContentKind.EPISODE, revision, "usable", "de",
				0.97, false, headline, "Darüber diskutieren vier Redakteure.", "<p>Notizen</p>", "Notizen", null, null,
				"Berlin", null, "politik", null, "https://news.example.org/podcasts/bundestalk/" + id,
				Instant.parse("2024-11-22T05:00:00Z"), Instant.parse("2024-11-22T05:00:00Z"), null, null, null, null,
				null, null, 300, 1800, 3125,
				List.of(new Rendition("https://media.example.org/podcasts/bundestalk/" + id + ".mp3", "audio/mpeg",
						52428800, 3125)),
				new Show("bundestalk", "Bundestalk"),
				List.of(new Speaker("Stefan Reinecke", "host"), new Speaker("Barbara Oertel", "guest")),
				"https://media.example.org/podcasts/bundestalk/" + id + ".vtt",
				"https://media.example.org/podcasts/bundestalk/" + id + ".chapters.json");
	}

}
