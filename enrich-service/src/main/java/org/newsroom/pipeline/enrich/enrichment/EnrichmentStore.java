package org.newsroom.pipeline.enrich.enrichment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import org.newsroom.pipeline.contract.events.ContentEnriched;
import org.newsroom.pipeline.contract.events.ContentIngested;
import org.newsroom.pipeline.contract.events.ContentWithdrawn;
import org.newsroom.pipeline.support.mongo.BsonValues;
import org.newsroom.pipeline.support.mongo.GuardedWrites;
import org.springframework.stereotype.Component;

/**
 * Enrich's own store: one document per item, written only by conditional writes, so
 * redeliveries and concurrent instances never move an item backwards.
 */
@Component
public class EnrichmentStore {

	private final MongoCollection<Document> items;

	EnrichmentStore(MongoDatabase database) {
		this.items = database.getCollection("items");
	}

	/**
	 * The stored item.
	 * @param contentId the item
	 * @return the item, if stored
	 */
	public Optional<EnrichedItem> find(String contentId) {
		return Optional.ofNullable(this.items.find(Filters.eq("_id", contentId)).first()).map(EnrichmentStore::item);
	}

	/**
	 * The stored items, in one query.
	 * @param contentIds the items
	 * @return the items by content id; absent ones are missing
	 */
	Map<String, EnrichedItem> find(Collection<String> contentIds) {
		Map<String, EnrichedItem> found = new HashMap<>();
		this.items.find(Filters.in("_id", contentIds)).forEach((doc) -> found.put(doc.getString("_id"), item(doc)));
		return found;
	}

	/**
	 * Writes new states in one bulk write.
	 * @param changes each state with the write count of the one it was decided against
	 * @return the ids another writer changed meanwhile
	 */
	Collection<String> write(List<Change> changes) {
		List<GuardedWrites.Write> writes = new ArrayList<>(changes.size());
		for (Change change : changes) {
			writes.add(
					new GuardedWrites.Write(change.after().contentId(), change.writesBefore(), fields(change.after())));
		}
		return GuardedWrites.apply(this.items, writes);
	}

	/**
	 * One page of live items in content id order, for a backfill that can go on where it
	 * stopped.
	 * @param afterId the last content id of the page before, or {@code null} for the
	 * first page
	 * @param limit the page size
	 * @return the items after it
	 */
	public List<EnrichedItem> liveAfter(String afterId, int limit) {
		Bson live = Filters.eq("withdrawn", false);
		List<EnrichedItem> page = new ArrayList<>(limit);
		this.items.find((afterId != null) ? Filters.and(live, Filters.gt("_id", afterId)) : live)
			.sort(Sorts.ascending("_id"))
			.limit(limit)
			.forEach((doc) -> page.add(item(doc)));
		return page;
	}

	/**
	 * Counts live items.
	 * @return the count
	 */
	public long countLive() {
		return this.items.countDocuments(Filters.eq("withdrawn", false));
	}

	private static Bson fields(EnrichedItem item) {
		return Updates.combine(Updates.set("revision", item.revision()),
				Updates.set("enrichmentVersion", item.enrichmentVersion()), Updates.set("withdrawn", item.withdrawn()),
				Updates.set("input", json(item.input())), Updates.set("result", json(item.result())),
				Updates.set("withdrawal", json(item.withdrawal())), Updates.set("headline", item.headline()),
				Updates.set("writtenAt", item.writtenAt()), Updates.set("backfill", item.backfill()),
				Updates.set("changedAt", Date.from(Instant.now())));
	}

	private static Document json(Object value) {
		return BsonValues.document(value);
	}

	private static <T> T read(Document doc, String field, Class<T> type) {
		return BsonValues.value(doc.get(field, Document.class), type);
	}

	private static EnrichedItem item(Document doc) {
		return new EnrichedItem(doc.getString("_id"), BsonValues.number(doc, "revision"),
				BsonValues.number(doc, "enrichmentVersion"), doc.getBoolean("withdrawn", false),
				read(doc, "input", ContentIngested.class), read(doc, "result", ContentEnriched.class),
				read(doc, "withdrawal", ContentWithdrawn.class), doc.getString("writtenAt"),
				BsonValues.number(doc, GuardedWrites.WRITES), doc.getString("backfill"));
	}

	/**
	 * One item's new state and the write count of the state it was decided against.
	 *
	 * @param writesBefore the loaded write count, 0 for a new item
	 * @param after the state to store
	 */
	record Change(long writesBefore, EnrichedItem after) {
	}

}
