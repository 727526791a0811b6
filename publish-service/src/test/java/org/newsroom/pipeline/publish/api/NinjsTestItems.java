package org.newsroom.pipeline.publish.api;

import java.time.Instant;
import java.util.List;

import org.newsroom.pipeline.contract.cms.ContentKind;
import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.contract.events.ContentItem.Dateline;
import org.newsroom.pipeline.contract.events.ContentItem.Entity;
import org.newsroom.pipeline.contract.events.ContentItem.Keyword;
import org.newsroom.pipeline.contract.events.ContentItem.Subject;

/**
 * Items at both ends of what enrich produces: an article with every enrichment, and one
 * with only what the CMS must send.
 */
final class NinjsTestItems {

	static final String HTML = "<p>BERLIN (dpa) – Die Bahn und die GDL haben sich geeinigt.</p>";

	static final String TEXT = "BERLIN (dpa) – Die Bahn und die GDL haben sich geeinigt.";

	private NinjsTestItems() {
	}

	/** An enriched article with subjects, entities, keywords and a dateline. */
	static ContentItem article(String id, String section) {
		return new ContentItem(ContentItem.URI_PREFIX + id, id, "text", ContentKind.ARTICLE, 3, "usable", "de", 0.98,
				false, "Bahn und GDL einigen sich", "Der Streik ist abgewendet.", HTML, TEXT,
				"Anna Muster, Ben Beispiel", List.of("Anna Muster", "Ben Beispiel"), "Berlin",
				new Dateline("Berlin", "2024-11-25", "dpa"), section, List.of("bahn", "streik"),
				"https://news.example.org/wirtschaft/" + id, Instant.parse("2024-11-25T08:00:00Z"),
				Instant.parse("2024-11-25T09:30:00Z"), null,
				List.of(new Subject("medtop:04000000", "Wirtschaft, Wirtschaftssektor und Finanzen", 0.834),
						new Subject("medtop:09000000", "Arbeit", 0.61)),
				List.of(new Entity("Weselsky", "Claus Weselsky", 3, "gazetteer")),
				List.of(new Entity("GDL", "Gewerkschaft Deutscher Lokomotivführer", 4, "gazetteer"),
						new Entity("Bahn", "Deutsche Bahn AG", 2, "model")),
				List.of(new Entity("Berlin", "Berlin", 1, "gazetteer")),
				List.of(new Keyword("Einigung", 0.42), new Keyword("Lokführer", 0.31)), 10, TEXT.length(), 5, null,
				null, null, null, null);
	}

	/** An article with no more than the CMS must send and enrich always adds. */
	static ContentItem minimal(String id, String section) {
		return new ContentItem(ContentItem.URI_PREFIX + id, id, "text", ContentKind.ARTICLE, 1, "usable", null, null,
				null, "Nur eine Zeile", null, "", "", null, List.of(), null, null, section, List.of(), null, null,
				Instant.now(), null, List.of(), List.of(), List.of(), List.of(), List.of(), 0, 0, null, null, null,
				null, null, null);
	}

}
