package org.newsroom.pipeline.publish.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.publish.api.NinjsItem.AltId;
import org.newsroom.pipeline.publish.api.NinjsItem.Body;
import org.newsroom.pipeline.publish.api.NinjsItem.Entity;
import org.newsroom.pipeline.publish.api.NinjsItem.Rendition;
import org.newsroom.pipeline.publish.api.NinjsItem.Subject;
import org.newsroom.pipeline.publish.api.NinjsItem.Text;

/**
 * Maps an enriched item to its ninjs 2.3 view; the item itself stays the event format of
 * the topics and webhooks.
 */
final class NinjsItems {

	/** Where the IPTC Media Topic of a {@code medtop:} code lives as a complete uri. */
	private static final String MEDIA_TOPIC_URI = "http://cv.iptc.org/newscodes/mediatopic/";

	private static final String MEDIA_TOPIC_PREFIX = "medtop:";

	private NinjsItems() {
	}

	static NinjsItem of(ContentItem item) {
		return new NinjsItem(item.uri(), item.type(), String.valueOf(item.revision()), item.firstcreated(),
				item.versioncreated(), item.embargoed(), item.pubstatus(), item.language(),
				List.of(new AltId("cms", item.contentId())), List.of(new Text("main", null, item.headline())),
				hasText(item.description()) ? List.of(new Text("summary", "text/plain", item.description())) : null,
				item.by(), item.located(), bodies(item), map(item.subjects(), NinjsItems::subject),
				entities(item.people()), entities(item.organisations()), entities(item.places()),
				renditions(item.renditions()), PipelineExtension.of(item));
	}

	/** The same body as HTML and as plain text; ninjs tells them apart by contenttype. */
	private static List<Body> bodies(ContentItem item) {
		List<Body> bodies = new ArrayList<>(2);
		if (hasText(item.bodyHtml())) {
			bodies.add(new Body("main", "text/html", item.bodyHtml(), item.charcount(), item.wordcount()));
		}
		if (hasText(item.bodyText())) {
			bodies.add(new Body("main", "text/plain", item.bodyText(), item.charcount(), item.wordcount()));
		}
		return bodies;
	}

	private static Subject subject(ContentItem.Subject subject) {
		String code = subject.code();
		String uri = (code != null && code.startsWith(MEDIA_TOPIC_PREFIX))
				? MEDIA_TOPIC_URI + code.substring(MEDIA_TOPIC_PREFIX.length()) : null;
		int confidence = (int) Math.round(Math.max(0, Math.min(1, subject.confidence())) * 100);
		return new Subject(subject.name(), uri, code, confidence);
	}

	private static List<Entity> entities(List<ContentItem.Entity> entities) {
		return map(entities, (e) -> new Entity(e.name(), e.normalized()));
	}

	private static List<Rendition> renditions(List<ContentItem.Rendition> renditions) {
		if (renditions == null) {
			return null;
		}
		List<Rendition> named = new ArrayList<>(renditions.size());
		for (ContentItem.Rendition r : renditions) {
			String name = named.isEmpty() ? "main" : "alternative-" + named.size();
			named.add(new Rendition(name, r.href(), r.contenttype(), r.sizeinbytes(), r.duration()));
		}
		return named;
	}

	/** A mapped copy of a list the item may lack. */
	static <T, R> List<R> map(List<T> list, Function<T, R> mapping) {
		return (list != null) ? list.stream().map(mapping).toList() : null;
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}
