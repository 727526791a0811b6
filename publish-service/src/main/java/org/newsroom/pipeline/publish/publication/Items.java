package org.newsroom.pipeline.publish.publication;

import java.time.Instant;

import org.newsroom.pipeline.contract.events.ContentItem;

/**
 * Copies of items with one field changed; the contract record has no withers.
 */
final class Items {

	private Items() {
	}

	static ContentItem withPubstatus(ContentItem i, String pubstatus) {
		return pubstatus.equals(i.pubstatus()) ? i : copy(i, pubstatus, i.versioncreated());
	}

	/**
	 * The item as news: an embargoed item is news when its embargo ends, not when the CMS
	 * saved it, so that time is its {@code versioncreated}, and feeds, their validators
	 * and {@code since=} queries place it there.
	 */
	static ContentItem asNews(ContentItem i) {
		Instant embargo = i.embargoed();
		if (embargo == null || (i.versioncreated() != null && !embargo.isAfter(i.versioncreated()))) {
			return i;
		}
		return copy(i, i.pubstatus(), embargo);
	}

	private static ContentItem copy(ContentItem i, String pubstatus, Instant versioncreated) {
		return new ContentItem(i.uri(), i.contentId(), i.type(), i.kind(), i.revision(), pubstatus, i.language(),
				i.languageConfidence(), i.languageConflict(), i.headline(), i.description(), i.bodyHtml(), i.bodyText(),
				i.by(), i.authors(), i.located(), i.dateline(), i.section(), i.tags(), i.canonicalUrl(),
				i.firstcreated(), versioncreated, i.embargoed(), i.subjects(), i.people(), i.organisations(),
				i.places(), i.keywords(), i.wordcount(), i.charcount(), i.readtime(), i.renditions(), i.show(),
				i.speakers(), i.transcriptUrl(), i.chaptersUrl());
	}

}
