package org.newsroom.pipeline.publish.feed;

import java.util.List;
import java.util.Objects;

import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.publish.syndication.XmlText;

/**
 * The lists an item contributes to a feed entry, cleaned for XML.
 */
final class FeedItems {

	private FeedItems() {
	}

	static List<String> authors(ContentItem item) {
		List<String> authors = (item.authors() != null && !item.authors().isEmpty()) ? item.authors()
				: (item.by() != null) ? List.of(item.by()) : List.of();
		return cleanAll(authors);
	}

	static List<String> subjectNames(ContentItem item) {
		if (item.subjects() == null) {
			return List.of();
		}
		return cleanAll(item.subjects()
			.stream()
			.filter(Objects::nonNull)
			.map((subject) -> (subject.name() != null) ? subject.name() : subject.code())
			.toList());
	}

	private static List<String> cleanAll(List<String> values) {
		return values.stream().map(XmlText::cleanOrNull).filter(Objects::nonNull).distinct().toList();
	}

}
