package org.newsroom.pipeline.publish.support;

import java.time.Instant;
import java.util.List;

import org.newsroom.pipeline.contract.EventTypes;
import org.newsroom.pipeline.contract.cms.CmsContent;
import org.newsroom.pipeline.contract.cms.ContentKind;
import org.newsroom.pipeline.contract.events.CmsEventRef;
import org.newsroom.pipeline.contract.events.ContentEnriched;
import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.contract.events.ContentItem.Rendition;
import org.newsroom.pipeline.contract.events.ContentWithdrawn;
import org.newsroom.pipeline.contract.events.StageEvent;
import org.newsroom.pipeline.contract.json.ContractJson;
import org.newsroom.pipeline.contract.samples.SampleTraffic.SampleRecord;

/**
 * Enriched items and withdrawals as enrich would send them, built from CMS payloads by a
 * plain field mapping.
 */
public final class TestEvents {

	private TestEvents() {
	}

	/** The event enrich would emit for a sample CMS record. */
	public static StageEvent fromSample(SampleRecord record) {
		CmsContent content = ContractJson.mapper().readValue(record.value(), CmsContent.class);
		Instant time = Instant.parse(record.header("ce_time"));
		CmsEventRef cms = new CmsEventRef(record.header("ce_id"), record.header("ce_source"), record.header("ce_type"),
				time);
		if (EventTypes.WITHDRAWN.equals(record.header("ce_type"))) {
			return new ContentWithdrawn(content.contentId(), content.revision(), content.kind(), content.reason(),
					content.takesDown(), cms, Instant.now());
		}
		return enriched(item(content, time), cms);
	}

	public static ContentEnriched enriched(ContentItem item, CmsEventRef cms) {
		return new ContentEnriched(item.contentId(), item.revision(), 1, item, List.of(), cms, Instant.now());
	}

	/** An article of a section, optionally under embargo. */
	public static ContentEnriched article(String id, long revision, String section, String headline,
			Instant embargoed) {
		Instant now = Instant.now();
		CmsContent content = new CmsContent(id, ContentKind.ARTICLE, revision, headline, "Teaser " + headline,
				"<p>Text</p>", List.of("Test Autorin"), section, List.of(), "de", null, now, embargoed, null, null,
				null, null, null, null, null);
		return enriched(item(content, now),
				new CmsEventRef("evt-" + id + "-" + revision, "cms://test", EventTypes.PUBLISHED, now));
	}

	/** A withdrawal of an item at a revision. */
	public static ContentWithdrawn withdrawal(String id, long revision, String reason) {
		return withdrawal(id, revision, reason, false);
	}

	/** A takedown of an item at a revision: it leaves every channel without a notice. */
	public static ContentWithdrawn takedown(String id, long revision, String reason) {
		return withdrawal(id, revision, reason, true);
	}

	private static ContentWithdrawn withdrawal(String id, long revision, String reason, boolean takedown) {
		Instant now = Instant.now();
		return new ContentWithdrawn(id, revision, ContentKind.ARTICLE, reason, takedown,
				new CmsEventRef("evt-" + id + "-w" + revision, "cms://test", EventTypes.WITHDRAWN, now), now);
	}

	/** The same item under a newer enrichment, as a re-enrichment sends it. */
	public static ContentEnriched reenriched(ContentEnriched event, long version, String description) {
		ContentItem i = event.item();
		ContentItem item = new ContentItem(i.uri(), i.contentId(), i.type(), i.kind(), i.revision(), i.pubstatus(),
				i.language(), i.languageConfidence(), i.languageConflict(), i.headline(), description, i.bodyHtml(),
				i.bodyText(), i.by(), i.authors(), i.located(), i.dateline(), i.section(), i.tags(), i.canonicalUrl(),
				i.firstcreated(), i.versioncreated(), i.embargoed(), i.subjects(), i.people(), i.organisations(),
				i.places(), i.keywords(), i.wordcount(), i.charcount(), i.readtime(), i.renditions(), i.show(),
				i.speakers(), i.transcriptUrl(), i.chaptersUrl());
		return new ContentEnriched(event.contentId(), event.revision(), version, item, List.of(), event.cmsEvent(),
				Instant.now());
	}

	static ContentItem item(CmsContent c, Instant versioncreated) {
		boolean episode = c.kind() == ContentKind.EPISODE;
		List<Rendition> renditions = (c.audio() != null) ? List.of(new Rendition(c.audio().url(), c.audio().mimeType(),
				c.audio().sizeBytes(), c.audio().durationSeconds())) : null;
		String by = c.authors().isEmpty() ? null : String.join(", ", c.authors());
		return new ContentItem(ContentItem.URI_PREFIX + c.contentId(), c.contentId(), episode ? "audio" : "text",
				c.kind(), c.revision(), "usable", (c.language() != null) ? c.language() : "de", null, null,
				c.headline(), c.description(), c.body(), null, by, c.authors(), null, null, c.section(), c.tags(),
				c.canonicalUrl(), c.firstPublishedAt(), versioncreated, c.embargoedUntil(), null, null, null, null,
				null, null, null, episode ? Integer.valueOf(3125) : null, renditions, c.show(), c.speakers(),
				c.transcriptUrl(), c.chaptersUrl());
	}

}
