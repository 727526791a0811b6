package org.newsroom.pipeline.console.backfill;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.conversions.Bson;

import org.newsroom.pipeline.console.backfill.BackfillStatus.State;
import org.newsroom.pipeline.contract.audit.AuditAction;
import org.newsroom.pipeline.contract.audit.AuditProgress;
import org.newsroom.pipeline.contract.audit.AuditRecord;
import org.newsroom.pipeline.support.mongo.BsonValues;
import org.springframework.stereotype.Component;

/**
 * The {@code backfills} collection: one document per backfill, brought up to date by each
 * of its audit records in the order enrich sent them (they share a key, so a partition).
 */
@Component
public class BackfillStore {

	/** How many backfills the page and the API list. */
	static final int LATEST = 20;

	private final MongoCollection<Document> backfills;

	BackfillStore(MongoDatabase database) {
		this.backfills = database.getCollection("backfills");
		this.backfills.createIndex(Indexes.descending("requestedAt"));
	}

	/**
	 * Takes in a poll's audit records; those that are not about a backfill are ignored.
	 * @param records the records, in the order they were read
	 */
	public void record(List<AuditRecord> records) {
		List<WriteModel<Document>> updates = new ArrayList<>();
		for (AuditRecord record : records) {
			Bson update = update(record);
			if (record.action() == AuditAction.BACKFILL && record.commandId() != null && update != null) {
				updates.add(new UpdateOneModel<>(Filters.eq("_id", record.commandId()), update,
						new UpdateOptions().upsert(true)));
			}
		}
		if (!updates.isEmpty()) {
			this.backfills.bulkWrite(updates, new BulkWriteOptions().ordered(true));
		}
	}

	/**
	 * The newest backfills, newest first.
	 * @return up to {@value #LATEST} of them
	 */
	public List<BackfillStatus> latest() {
		List<BackfillStatus> found = new ArrayList<>();
		this.backfills.find().sort(Sorts.descending("requestedAt")).limit(LATEST).forEach((d) -> found.add(status(d)));
		return found;
	}

	/**
	 * One backfill.
	 * @param commandId its command id
	 * @return it, if the console heard of it
	 */
	public Optional<BackfillStatus> find(String commandId) {
		return Optional.ofNullable(this.backfills.find(Filters.eq("_id", commandId)).first())
			.map(BackfillStore::status);
	}

	private static Bson update(AuditRecord record) {
		State state = switch (record.outcome()) {
			case REQUESTED -> State.REQUESTED;
			case STARTED, PROGRESS -> State.RUNNING;
			case DONE -> State.DONE;
			case FAILED -> State.FAILED;
			// A repeated command id changes nothing; a denied one never started.
			case NOTHING_TO_DO, DENIED -> null;
		};
		if (state == null) {
			return null;
		}
		Date at = Date.from(record.at());
		// Listed by the request, or by the start for a command sent by other means.
		List<Bson> updates = new ArrayList<>(
				List.of(Updates.setOnInsert("requestedAt", at), Updates.setOnInsert("requestedBy", record.actor())));
		if (state == State.REQUESTED) {
			// The request may come in after enrich began: it then changes nothing.
			updates.add(Updates.setOnInsert("state", state.name()));
			return Updates.combine(updates);
		}
		updates.add(Updates.set("state", state.name()));
		updates.add(Updates.set("updatedAt", at));
		if (state == State.DONE || state == State.FAILED) {
			updates.add(Updates.set("finishedAt", at));
		}
		if (record.detail() != null) {
			updates.add(Updates.set("detail", record.detail()));
		}
		AuditProgress progress = record.progress();
		if (progress != null) {
			updates.add(Updates.set("total", progress.total()));
			updates.add(Updates.max("done", progress.done()));
			updates.add(Updates.set("failed", progress.failed()));
			updates.add(Updates.set("startedAt", Date.from(progress.startedAt())));
		}
		return Updates.combine(updates);
	}

	private static BackfillStatus status(Document d) {
		return new BackfillStatus(d.getString("_id"), d.getString("requestedBy"), instant(d, "requestedAt"),
				State.valueOf(d.getString("state")), BsonValues.number(d, "total"), BsonValues.number(d, "done"),
				BsonValues.number(d, "failed"), instant(d, "startedAt"), instant(d, "updatedAt"),
				instant(d, "finishedAt"), d.getString("detail"));
	}

	private static Instant instant(Document d, String field) {
		Date date = d.getDate(field);
		return (date != null) ? date.toInstant() : null;
	}

}
