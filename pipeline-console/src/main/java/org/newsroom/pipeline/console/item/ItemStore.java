package org.newsroom.pipeline.console.item;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;

import org.springframework.stereotype.Component;

/**
 * The {@code items} collection: one summary per item, replaced whenever its lineage
 * grows, queried a bounded page at a time.
 */
@Component
class ItemStore {

	private static final String STATE = "state";

	private static final String STATE_SINCE = "stateSince";

	private static final String LAST_AT = "lastAt";

	private final MongoCollection<Document> items;

	ItemStore(MongoDatabase database) {
		this.items = database.getCollection("items");
		this.items.createIndex(Indexes.descending(LAST_AT));
		this.items.createIndex(Indexes.compoundIndex(Indexes.ascending(STATE), Indexes.descending(LAST_AT)));
		this.items.createIndex(Indexes.ascending(STATE, STATE_SINCE));
		this.items.createIndex(Indexes.compoundIndex(Indexes.ascending("kind"), Indexes.descending(LAST_AT)));
		this.items.createIndex(Indexes.compoundIndex(Indexes.ascending("section"), Indexes.descending(LAST_AT)));
	}

	void saveAll(Collection<ItemView> views) {
		if (views.isEmpty()) {
			return;
		}
		List<ReplaceOneModel<Document>> writes = views.stream()
			.map((view) -> new ReplaceOneModel<>(Filters.eq("_id", view.contentId()), ItemDocuments.toDocument(view),
					new ReplaceOptions().upsert(true)))
			.toList();
		this.items.bulkWrite(writes, new BulkWriteOptions().ordered(false));
	}

	/**
	 * The stored summaries of some items, in one query, with the state as it was stored
	 * (in progress, never stuck).
	 */
	Map<String, ItemView> findStored(Collection<String> contentIds) {
		Map<String, ItemView> views = new HashMap<>();
		this.items.find(Filters.in("_id", contentIds))
			.forEach((d) -> views.put(d.getString("_id"), ItemDocuments.toView(d, Instant.MIN)));
		return views;
	}

	List<ItemView> find(ItemFilter filter, Instant stuckBefore, int skip, int limit) {
		List<ItemView> views = new ArrayList<>();
		this.items.find(where(filter, stuckBefore))
			.sort(Sorts.descending(LAST_AT, "_id"))
			.skip(skip)
			.limit(limit)
			.forEach((d) -> views.add(ItemDocuments.toView(d, stuckBefore)));
		return views;
	}

	long count(ItemFilter filter, Instant stuckBefore) {
		return this.items.countDocuments(where(filter, stuckBefore));
	}

	long countAll() {
		return this.items.estimatedDocumentCount();
	}

	private static Bson where(ItemFilter filter, Instant stuckBefore) {
		List<Bson> parts = new ArrayList<>();
		if (filter.query() != null && !filter.query().isBlank()) {
			String query = filter.query().strip();
			parts.add(Filters.or(
					Filters.regex("_id", Pattern.compile("^" + Pattern.quote(query), Pattern.CASE_INSENSITIVE)),
					Filters.regex("headline", Pattern.compile(Pattern.quote(query), Pattern.CASE_INSENSITIVE))));
		}
		if (filter.state() != null) {
			parts.add(state(filter.state(), Date.from(stuckBefore)));
		}
		if (filter.kind() != null) {
			parts.add(Filters.eq("kind", filter.kind()));
		}
		if (filter.section() != null) {
			parts.add(Filters.eq("section", filter.section()));
		}
		if (filter.from() != null) {
			parts.add(Filters.gte(LAST_AT, Date.from(filter.from())));
		}
		if (filter.to() != null) {
			parts.add(Filters.lt(LAST_AT, Date.from(filter.to())));
		}
		return parts.isEmpty() ? new Document() : Filters.and(parts);
	}

	// Stuck is in progress for too long: a matter of the clock, not a stored state.
	private static Bson state(ItemState state, Date stuckBefore) {
		return switch (state) {
			case STUCK ->
				Filters.and(Filters.eq(STATE, ItemState.IN_PROGRESS.name()), Filters.lt(STATE_SINCE, stuckBefore));
			case IN_PROGRESS ->
				Filters.and(Filters.eq(STATE, ItemState.IN_PROGRESS.name()), Filters.gte(STATE_SINCE, stuckBefore));
			default -> Filters.eq(STATE, state.name());
		};
	}

}
