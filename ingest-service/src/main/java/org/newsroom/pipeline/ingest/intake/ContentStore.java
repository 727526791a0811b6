package org.newsroom.pipeline.ingest.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import org.newsroom.pipeline.contract.cms.CmsContent;
import org.newsroom.pipeline.contract.events.CmsEventRef;
import org.newsroom.pipeline.support.mongo.BsonValues;
import org.newsroom.pipeline.support.mongo.GuardedWrites;
import org.springframework.stereotype.Component;

/**
 * Ingest's own store of items, one document per content id, written only by conditional
 * writes, so concurrent consumers and redeliveries never move an item backwards.
 */
@Component
public class ContentStore {

	static final String COLLECTION = "items";

	private final MongoCollection<Document> items;

	public ContentStore(MongoDatabase database) {
		this.items = database.getCollection(COLLECTION);
		this.items.createIndex(Indexes.ascending("revision"));
	}

	/**
	 * The stored state of items, in one query.
	 * @param contentIds the items
	 * @return state by content id; items never stored are absent
	 */
	public Map<String, StoredItem> find(Collection<String> contentIds) {
		Map<String, StoredItem> found = new HashMap<>();
		this.items.find(Filters.in("_id", contentIds))
			.projection(new Document("raw", 0))
			.forEach((doc) -> found.put(doc.getString("_id"), item(doc)));
		return found;
	}

	/**
	 * Writes the new states of items in one bulk write.
	 * @param changes each item's state as loaded (its write count) and as decided
	 * @return the ids that another writer changed meanwhile
	 */
	public Collection<String> write(List<Change> changes) {
		List<GuardedWrites.Write> writes = new ArrayList<>(changes.size());
		for (Change change : changes) {
			writes.add(
					new GuardedWrites.Write(change.after().contentId(), change.writesBefore(), fields(change.after())));
		}
		return GuardedWrites.apply(this.items, writes);
	}

	private static Bson fields(StoredItem item) {
		List<Bson> updates = new ArrayList<>();
		updates.add(Updates.set("revision", item.revision()));
		updates.add(Updates.set("kind", item.content().kind().wireName()));
		updates.add(Updates.set("cmsEvent",
				new Document("id", item.ref().id()).append("source", item.ref().source())
					.append("type", item.ref().type())
					.append("time", (item.ref().time() != null) ? Date.from(item.ref().time()) : null)));
		updates.add(Updates.set("raw", item.raw()));
		updates.add(Updates.set("receivedAt", Date.from(Instant.now())));
		updates.add(Updates.set("eventIds", item.eventIds()));
		updates.add(Updates.set("writtenAt", item.writtenAt()));
		updates.add(Updates.set("withdrawn", item.withdrawn()));
		updates.add(Updates.set("content", BsonValues.document(item.content())));
		if (item.withdrawn()) {
			updates.add(Updates.set("withdrawalReason", item.content().reason()));
		}
		return Updates.combine(updates);
	}

	private static StoredItem item(Document doc) {
		Document content = doc.get("content", Document.class);
		Document cms = doc.get("cmsEvent", Document.class);
		CmsEventRef ref = (cms != null) ? new CmsEventRef(cms.getString("id"), cms.getString("source"),
				cms.getString("type"), (cms.getDate("time") != null) ? cms.getDate("time").toInstant() : null) : null;
		return new StoredItem(doc.getString("_id"), BsonValues.number(doc, "revision"),
				doc.getBoolean("withdrawn", false), BsonValues.value(content, CmsContent.class), ref, null,
				doc.getList("eventIds", String.class, List.of()), doc.getString("writtenAt"),
				BsonValues.number(doc, GuardedWrites.WRITES));
	}

	/**
	 * One item's decided state and the write count of the state it was decided against.
	 *
	 * @param writesBefore the loaded write count, 0 for a new item
	 * @param after the state to store
	 */
	public record Change(long writesBefore, StoredItem after) {
	}

}
