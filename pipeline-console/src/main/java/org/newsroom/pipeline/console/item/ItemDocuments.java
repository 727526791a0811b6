package org.newsroom.pipeline.console.item;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;

/**
 * Maps item summaries to and from documents of the {@code items} collection.
 */
final class ItemDocuments {

	private ItemDocuments() {
	}

	static Document toDocument(ItemView view) {
		List<Document> reached = view.reached()
			.stream()
			.map((r) -> new Document("stage", r.stage()).append("outcome", r.outcome())
				.append("revision", r.revision())
				.append("at", date(r.at())))
			.toList();
		return new Document("_id", view.contentId()).append("headline", view.headline())
			.append("kind", view.kind())
			.append("section", view.section())
			.append("revision", view.revision())
			.append("state", view.state().name())
			.append("stateSince", date(view.stateSince()))
			.append("embargoedUntil", date(view.embargoedUntil()))
			.append("lastAt", date(view.lastAt()))
			.append("reached", reached);
	}

	static ItemView toView(Document d, Instant stuckBefore) {
		ItemState state = ItemState.valueOf(d.getString("state"));
		Instant since = instant(d.getDate("stateSince"));
		if (state == ItemState.IN_PROGRESS && since != null && since.isBefore(stuckBefore)) {
			state = ItemState.STUCK;
		}
		List<ItemView.Reached> reached = d.getList("reached", Document.class)
			.stream()
			.map((r) -> new ItemView.Reached(r.getString("stage"), r.getString("outcome"),
					((Number) r.get("revision")).longValue(), instant(r.getDate("at"))))
			.toList();
		return new ItemView(d.getString("_id"), d.getString("headline"), d.getString("kind"), d.getString("section"),
				((Number) d.get("revision")).longValue(), state, since, instant(d.getDate("embargoedUntil")),
				instant(d.getDate("lastAt")), reached);
	}

	private static Date date(Instant instant) {
		return (instant != null) ? Date.from(instant) : null;
	}

	private static Instant instant(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

}
