package org.newsroom.pipeline.publish.publication;

import org.newsroom.pipeline.contract.events.ContentItem;

/**
 * Copies of items with one field changed; the contract record has no withers.
 */
final class Items {

	private Items() {
	}

	static ContentItem withPubstatus(ContentItem i, String pubstatus) {
		if (pubstatus.equals(i.pubstatus())) {
			return i;
		}
		return new ContentItem(i.uri(), i.contentId(), i.type(), i.kind(), i.revision(), pubstatus, i.language(),
				i.languageConfidence(), i.languageConflict(), i.headline(), i.description(), i.bodyHtml(), i.bodyText(),
				i.by(), i.authors(), i.located(), i.dateline(), i.section(), i.tags(), i.canonicalUrl(),
				i.firstcreated(), i.versioncreated(), i.embargoed(), i.subjects(), i.people(), i.organisations(),
				i.places(), i.keywords(), i.wordcount(), i.charcount(), i.readtime(), i.renditions(), i.show(),
				i.speakers(), i.transcriptUrl(), i.chaptersUrl());
	}

}
