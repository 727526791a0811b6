package org.newsroom.pipeline.console.audit;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;

import org.newsroom.pipeline.contract.audit.AuditAction;
import org.newsroom.pipeline.contract.audit.AuditOutcome;
import org.newsroom.pipeline.contract.audit.AuditRecord;
import org.springframework.stereotype.Component;

/**
 * The {@code audit} collection: every audit record of every service but the progress
 * reports of long actions, kept by its id, so a record read twice from the topic is
 * stored once.
 */
@Component
public class AuditStore {

	private final MongoCollection<Document> records;

	AuditStore(MongoDatabase database) {
		this.records = database.getCollection("audit");
		this.records.createIndex(Indexes.descending("at"));
		this.records.createIndex(Indexes.ascending("contentId", "at"));
		this.records.createIndex(Indexes.ascending("action", "at"));
	}

	void saveAll(List<AuditRecord> batch) {
		if (batch.isEmpty()) {
			return;
		}
		this.records.bulkWrite(batch.stream()
			.map((r) -> new ReplaceOneModel<>(Filters.eq("_id", r.id()), document(r),
					new ReplaceOptions().upsert(true)))
			.toList());
	}

	/**
	 * One page of the records a query matches, newest first.
	 * @param query the filters and the page
	 * @return the page
	 */
	public AuditPage find(AuditQuery query) {
		List<AuditRecord> found = new ArrayList<>();
		this.records.find(filter(query))
			.sort(Sorts.descending("at"))
			.skip(query.page() * query.size())
			.limit(query.size() + 1)
			.forEach((d) -> found.add(record(d)));
		boolean more = found.size() > query.size();
		return new AuditPage(more ? found.subList(0, query.size()) : found, query, more);
	}

	/**
	 * The records about one item, oldest first, for its timeline.
	 * @param contentId the item
	 * @return the records
	 */
	public List<AuditRecord> about(String contentId) {
		List<AuditRecord> found = new ArrayList<>();
		this.records.find(Filters.eq("contentId", contentId))
			.sort(Sorts.ascending("at"))
			.limit(AuditQuery.MAX_SIZE)
			.forEach((d) -> found.add(record(d)));
		return found;
	}

	private static Bson filter(AuditQuery query) {
		List<Bson> filters = new ArrayList<>();
		if (query.action() != null) {
			filters.add(Filters.eq("action", query.action().name()));
		}
		if (query.outcome() != null) {
			filters.add(Filters.eq("outcome", query.outcome().name()));
		}
		if (query.actor() != null) {
			filters.add(Filters.eq("actor", query.actor()));
		}
		if (query.contentId() != null) {
			filters.add(Filters.eq("contentId", query.contentId()));
		}
		return filters.isEmpty() ? new Document() : Filters.and(filters);
	}

	private static Document document(AuditRecord r) {
		return new Document("_id", r.id()).append("action", r.action().name())
			.append("outcome", r.outcome().name())
			.append("actor", r.actor())
			.append("service", r.service())
			.append("subject", r.subject())
			.append("contentId", r.contentId())
			.append("commandId", r.commandId())
			.append("detail", r.detail())
			.append("at", Date.from(r.at()));
	}

	private static AuditRecord record(Document d) {
		return new AuditRecord(d.getString("_id"), AuditAction.valueOf(d.getString("action")),
				AuditOutcome.valueOf(d.getString("outcome")), d.getString("actor"), d.getString("service"),
				d.getString("subject"), d.getString("contentId"), d.getString("commandId"), d.getString("detail"),
				d.getDate("at").toInstant(), null);
	}

}
