package org.newsroom.pipeline.ingest.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.conversions.Bson;

import org.newsroom.pipeline.contract.EventTypes;
import org.newsroom.pipeline.contract.json.ContractJson;
import org.newsroom.pipeline.ingest.IngestProperties;
import org.newsroom.pipeline.ingest.validation.CmsEvent;
import org.springframework.stereotype.Component;

/**
 * Ingest's own store of items, one document per content id, written by conditional
 * upserts guarded by revision so concurrent consumers and redeliveries can never move an
 * item backwards.
 */
@Component
public class ContentStore {

	static final String COLLECTION = "items";

	private final MongoCollection<Document> items;

	private final int recentEventIds;

	public ContentStore(MongoDatabase database, IngestProperties properties) {
		this.items = database.getCollection(COLLECTION);
		this.items.createIndex(Indexes.ascending("revision"));
		this.recentEventIds = properties.recentEventIds();
	}

	/**
	 * Writes events of distinct items in one unordered bulk write.
	 * @param events accepted events, at most one per content id
	 * @return the outcome per event, in the same order
	 */
	public List<WriteOutcome> write(List<CmsEvent> events) {
		List<WriteModel<Document>> writes = events.stream().map(this::upsert).toList();
		List<WriteOutcome> outcomes = new ArrayList<>(
				java.util.Collections.nCopies(events.size(), WriteOutcome.STORED));
		try {
			this.items.bulkWrite(writes, new BulkWriteOptions().ordered(false));
		}
		catch (MongoBulkWriteException ex) {
			for (BulkWriteError error : ex.getWriteErrors()) {
				if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
					throw ex;
				}
				outcomes.set(error.getIndex(), WriteOutcome.NOT_NEWER);
			}
		}
		return outcomes;
	}

	/**
	 * The stored state of items.
	 * @param contentIds the items
	 * @return state by content id; absent items are missing
	 */
	public Map<String, StoredItem> find(Collection<String> contentIds) {
		Map<String, StoredItem> found = new HashMap<>();
		this.items.find(Filters.in("_id", contentIds))
			.projection(new Document("revision", 1).append("emittedRevision", 1).append("eventIds", 1))
			.forEach((doc) -> found.put(doc.getString("_id"),
					new StoredItem(doc.getString("_id"), number(doc, "revision"), number(doc, "emittedRevision"),
							doc.getList("eventIds", String.class, List.of()))));
		return found;
	}

	/**
	 * Records that revisions were announced downstream.
	 * @param revisions content id to the announced revision
	 */
	public void markAnnounced(Map<String, Long> revisions) {
		if (revisions.isEmpty()) {
			return;
		}
		List<WriteModel<Document>> writes = revisions.entrySet()
			.stream()
			.<WriteModel<Document>>map((e) -> new UpdateOneModel<>(
					Filters.and(Filters.eq("_id", e.getKey()), Filters.lt("emittedRevision", e.getValue())),
					Updates.set("emittedRevision", e.getValue())))
			.toList();
		this.items.bulkWrite(writes, new BulkWriteOptions().ordered(false));
	}

	private WriteModel<Document> upsert(CmsEvent event) {
		String contentId = event.content().contentId();
		long revision = event.content().revision();
		Bson filter = Filters.and(Filters.eq("_id", contentId), Filters.lt("revision", revision),
				Filters.ne("eventIds", event.event().id()));
		List<Bson> updates = new ArrayList<>();
		updates.add(Updates.set("revision", revision));
		updates.add(Updates.set("kind", event.content().kind().wireName()));
		updates
			.add(Updates.set("cmsEvent", new Document("id", event.event().id()).append("source", event.event().source())
				.append("type", event.event().type())
				.append("time", (event.event().time() != null) ? java.util.Date.from(event.event().time()) : null)));
		updates.add(Updates.set("raw", event.raw()));
		updates.add(Updates.set("receivedAt", java.util.Date.from(Instant.now())));
		updates.add(Updates.pushEach("eventIds", List.of(event.event().id()),
				new PushOptions().slice(-this.recentEventIds)));
		updates.add(Updates.setOnInsert("emittedRevision", 0L));
		boolean withdrawn = EventTypes.WITHDRAWN.equals(event.event().type());
		updates.add(Updates.set("withdrawn", withdrawn));
		if (withdrawn) {
			updates.add(Updates.set("withdrawalReason", event.content().reason()));
		}
		else {
			updates
				.add(Updates.set("content", Document.parse(ContractJson.mapper().writeValueAsString(event.content()))));
		}
		return new UpdateOneModel<>(filter, Updates.combine(updates), new UpdateOptions().upsert(true));
	}

	private static long number(Document doc, String field) {
		Object value = doc.get(field);
		return (value instanceof Number n) ? n.longValue() : 0L;
	}

}
