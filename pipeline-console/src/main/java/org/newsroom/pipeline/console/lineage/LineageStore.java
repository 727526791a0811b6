package org.newsroom.pipeline.console.lineage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.newsroom.pipeline.contract.lineage.LineageEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The console's copy of every lineage event, queried by item and by stage; tells the
 * console which items a write touched.
 */
@Component
public class LineageStore {

	private static final Logger log = LoggerFactory.getLogger(LineageStore.class);

	private final MongoCollection<Document> lineage;

	private final ApplicationEventPublisher events;

	LineageStore(MongoDatabase database, ApplicationEventPublisher events) {
		this.lineage = database.getCollection(LineageDocuments.COLLECTION);
		this.events = events;
		createIndexes();
	}

	/**
	 * Stores events once each, in one unordered bulk write; a redelivered record replaces
	 * itself.
	 * @param events the events, possibly none
	 */
	public void saveAll(List<LineageEvent> events) {
		if (events.isEmpty()) {
			return;
		}
		List<ReplaceOneModel<Document>> writes = events.stream()
			.map((event) -> new ReplaceOneModel<>(Filters.eq("_id", event.id()), LineageDocuments.toDocument(event),
					new ReplaceOptions().upsert(true)))
			.toList();
		this.lineage.bulkWrite(writes, new BulkWriteOptions().ordered(false));
		this.events.publishEvent(new LineageStored(List.copyOf(events)));
	}

	/**
	 * Every step of one item, oldest first.
	 * @param contentId the item
	 * @return the timeline
	 */
	public List<LineageEvent> timeline(String contentId) {
		return find(Filters.eq(LineageDocuments.CONTENT_ID, contentId),
				Sorts.ascending(LineageDocuments.AT, "revision"), 0);
	}

	/**
	 * Every step of several items, oldest first, in one query.
	 * @param contentIds the items
	 * @return each item's timeline; items without lineage are absent
	 */
	public Map<String, List<LineageEvent>> timelines(Collection<String> contentIds) {
		Map<String, List<LineageEvent>> timelines = new LinkedHashMap<>();
		for (LineageEvent event : find(Filters.in(LineageDocuments.CONTENT_ID, contentIds),
				Sorts.ascending(LineageDocuments.AT, LineageDocuments.REVISION), 0)) {
			timelines.computeIfAbsent(event.contentId(), (id) -> new ArrayList<>()).add(event);
		}
		return timelines;
	}

	/**
	 * Every item lineage knows of, for rebuilding what is derived from it.
	 * @return the content ids
	 */
	public Iterable<String> contentIds() {
		return this.lineage.distinct(LineageDocuments.CONTENT_ID, Filters.ne(LineageDocuments.CONTENT_ID, null),
				String.class);
	}

	/**
	 * The latest events of one stage, newest first.
	 * @param stage the stage, such as {@code webhook}
	 * @param limit the most events to return
	 * @return the events
	 */
	public List<LineageEvent> latestOfStage(String stage, int limit) {
		return find(Filters.eq(LineageDocuments.STAGE, stage), Sorts.descending(LineageDocuments.AT), limit);
	}

	List<LineageEvent> find(Bson filter, Bson sort, int limit) {
		List<LineageEvent> events = new ArrayList<>();
		this.lineage.find(filter).sort(sort).limit(limit).forEach((d) -> events.add(LineageDocuments.toEvent(d)));
		return events;
	}

	MongoCollection<Document> collection() {
		return this.lineage;
	}

	private void createIndexes() {
		this.lineage.createIndex(Indexes.ascending(LineageDocuments.CONTENT_ID, LineageDocuments.AT));
		this.lineage.createIndex(Indexes.descending(LineageDocuments.AT));
		this.lineage.createIndex(Indexes.compoundIndex(Indexes.ascending(LineageDocuments.SERVICE),
				Indexes.descending(LineageDocuments.AT)));
		this.lineage.createIndex(Indexes.compoundIndex(Indexes.ascending(LineageDocuments.STAGE),
				Indexes.descending(LineageDocuments.AT)));
		try {
			// Real MongoDB can serve word search from this; the embedded test store has
			// no
			// text indexes, and the regex search works on both.
			this.lineage.createIndex(Indexes.text(LineageDocuments.HEADLINE),
					new IndexOptions().defaultLanguage("none"));
		}
		catch (MongoException ex) {
			log.info("no text index on lineage headlines: {}", ex.getMessage());
		}
	}

}
