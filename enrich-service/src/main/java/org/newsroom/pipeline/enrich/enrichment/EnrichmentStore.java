package org.newsroom.pipeline.enrich.enrichment;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.function.Consumer;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import org.newsroom.pipeline.contract.events.ContentEnriched;
import org.newsroom.pipeline.contract.events.ContentIngested;
import org.newsroom.pipeline.contract.json.ContractJson;
import org.springframework.stereotype.Component;

/**
 * Enrich's own store: one document per item, written by conditional upserts guarded by
 * revision and enrichment version, so redeliveries and concurrent instances never move an
 * item backwards.
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
	 * Stores an enrichment when its revision is newer than the stored one, or when it is
	 * a newer enrichment of the stored revision.
	 * @param result the enriched event
	 * @param input the ingested item it came from
	 * @return {@code true} when stored, {@code false} when something as new was there
	 */
	public boolean store(ContentEnriched result, ContentIngested input) {
		Bson newer = Filters.or(Filters.lt("revision", result.revision()),
				Filters.and(Filters.eq("revision", result.revision()), Filters.eq("withdrawn", false),
						Filters.lt("enrichmentVersion", result.enrichmentVersion())));
		return upsert(Filters.and(Filters.eq("_id", result.contentId()), newer),
				Updates.combine(Updates.set("revision", result.revision()),
						Updates.set("enrichmentVersion", result.enrichmentVersion()), Updates.set("withdrawn", false),
						Updates.set("announced", false), Updates.set("input", json(input)),
						Updates.set("result", json(result)), Updates.set("headline", input.content().headline()),
						Updates.set("enrichedAt", Date.from(Instant.now()))));
	}

	/**
	 * Stores a withdrawal when its revision is newer than the stored one.
	 * @param contentId the item
	 * @param revision the withdrawal's revision
	 * @return {@code true} when stored
	 */
	public boolean withdraw(String contentId, long revision) {
		return upsert(Filters.and(Filters.eq("_id", contentId), Filters.lt("revision", revision)),
				Updates.combine(Updates.set("revision", revision), Updates.set("withdrawn", true),
						Updates.set("enrichmentVersion", 0L), Updates.set("announced", false), Updates.unset("result"),
						Updates.set("withdrawnAt", Date.from(Instant.now()))));
	}

	/**
	 * Records that a stored revision and enrichment version were sent downstream.
	 * @param contentId the item
	 * @param revision the revision sent
	 * @param enrichmentVersion the version sent
	 */
	public void markAnnounced(String contentId, long revision, long enrichmentVersion) {
		this.items.updateOne(Filters.and(Filters.eq("_id", contentId), Filters.eq("revision", revision),
				Filters.eq("enrichmentVersion", enrichmentVersion)), Updates.set("announced", true));
	}

	/**
	 * Streams every live item, for a backfill.
	 * @param action what to do with each
	 * @return how many were visited
	 */
	public long forEachLive(Consumer<EnrichedItem> action) {
		long[] count = { 0 };
		this.items.find(Filters.eq("withdrawn", false)).batchSize(200).forEach((doc) -> {
			action.accept(item(doc));
			count[0]++;
		});
		return count[0];
	}

	/**
	 * Counts live items.
	 * @return the count
	 */
	public long countLive() {
		return this.items.countDocuments(Filters.eq("withdrawn", false));
	}

	private boolean upsert(Bson filter, Bson update) {
		try {
			this.items.updateOne(filter, update, new UpdateOptions().upsert(true));
			return true;
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
				return false;
			}
			throw ex;
		}
	}

	private static Document json(Object value) {
		return Document.parse(ContractJson.mapper().writeValueAsString(value));
	}

	private static EnrichedItem item(Document doc) {
		Document input = doc.get("input", Document.class);
		Document result = doc.get("result", Document.class);
		return new EnrichedItem(doc.getString("_id"), number(doc, "revision"), number(doc, "enrichmentVersion"),
				doc.getBoolean("withdrawn", false), doc.getBoolean("announced", false),
				(input != null) ? ContractJson.mapper().readValue(input.toJson(), ContentIngested.class) : null,
				(result != null) ? ContractJson.mapper().readValue(result.toJson(), ContentEnriched.class) : null);
	}

	private static long number(Document doc, String field) {
		Object value = doc.get(field);
		return (value instanceof Number n) ? n.longValue() : 0L;
	}

}
