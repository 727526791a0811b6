package org.newsroom.pipeline.publish.publication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import org.newsroom.pipeline.publish.InstanceId;
import org.newsroom.pipeline.support.mongo.GuardedWrites;
import org.newsroom.pipeline.support.stage.Stage;
import org.springframework.stereotype.Component;

/**
 * The {@code publications} collection: one document per item, written only by conditional
 * updates guarded by revision and enrichment version, so a stale or repeated event never
 * changes what is published.
 */
@Component
class PublicationStore {

	static final String COLLECTION = "publications";

	private final MongoCollection<Document> publications;

	private final InstanceId instance;

	PublicationStore(MongoDatabase database, InstanceId instance) {
		this.publications = database.getCollection(COLLECTION);
		this.instance = instance;
		this.publications.createIndex(Indexes.ascending("released", "withdrawn", "embargoed"));
		this.publications.createIndex(Indexes.ascending("announced", "claimedAt"));
		this.publications.createIndex(Indexes.descending("live", "versioncreated", "_id"),
				new IndexOptions().name("live_by_time"));
	}

	/**
	 * The stored states of items, in one query.
	 * @param contentIds the items
	 * @return the states by content id; items never seen are absent
	 */
	Map<String, Publication> find(Collection<String> contentIds) {
		Map<String, Publication> found = new HashMap<>();
		this.publications.find(Filters.in("_id", contentIds))
			.forEach((document) -> found.put(document.getString("_id"), PublicationDocuments.publication(document)));
		return found;
	}

	/**
	 * Writes new states in one bulk write, each conditional on the state it was decided
	 * against.
	 * @param changes the changes
	 * @return the ids another writer changed meanwhile
	 */
	Collection<String> write(List<Stage.Change<Publication>> changes) {
		return GuardedWrites.apply(this.publications,
				changes.stream()
					.map((change) -> new GuardedWrites.Write(change.after().contentId(),
							(change.before() != null) ? change.before().writes() : 0,
							PublicationDocuments.fields(change.after())))
					.toList());
	}

	Publication find(String contentId) {
		Document document = this.publications.find(Filters.eq("_id", contentId)).first();
		return (document != null) ? PublicationDocuments.publication(document) : null;
	}

	/**
	 * Notes that the channels were told about a released state; a no-op if anything wrote
	 * the item since it was claimed.
	 */
	void markAnnounced(Publication publication) {
		Bson filter = Filters.and(Filters.eq("_id", publication.contentId()),
				Filters.eq(GuardedWrites.WRITES, publication.writes()));
		Bson update = Updates.combine(Updates.set("announced", true),
				Updates.set("announcement",
						(publication.announcement() != null) ? publication.announcement().name() : null),
				Updates.inc(GuardedWrites.WRITES, 1));
		if (!publication.withdrawn()) {
			update = Updates.combine(update, Updates.set("liveRevision", publication.revision()));
		}
		this.publications.updateOne(filter, update);
	}

	/**
	 * Claims every item whose embargo has ended, in one update; of several instances only
	 * one gets each item.
	 * @return the released items
	 */
	List<Publication> claimDueEmbargoes(Instant now) {
		Bson filter = Filters.and(Filters.eq("released", false), Filters.eq("withdrawn", false),
				Filters.lte("embargoed", Date.from(now)));
		return claimAll(filter, now, Updates.set("released", true), Updates.set("live", true),
				Updates.set(PublicationDocuments.CHANGED_AT, Date.from(now)));
	}

	/**
	 * Claims every item whose announcement an instance started but did not finish, such
	 * as one that crashed after a release.
	 * @return the items
	 */
	List<Publication> claimUnannounced(Instant claimedBefore, Instant now) {
		Bson filter = Filters.and(Filters.eq("announced", false),
				Filters.or(Filters.eq("released", true), Filters.eq("withdrawn", true)),
				Filters.lte("claimedAt", Date.from(claimedBefore)));
		return claimAll(filter, now);
	}

	/**
	 * How many items are still held although their embargo ended before a time.
	 * @param endedBefore the time
	 * @return the count; above 0 the release is late
	 */
	long countOverdueEmbargoes(Instant endedBefore) {
		return this.publications.countDocuments(Filters.and(Filters.eq("released", false),
				Filters.eq("withdrawn", false), Filters.lt("embargoed", Date.from(endedBefore))));
	}

	/**
	 * The earliest embargo end still ahead.
	 * @param now the current time
	 * @return when the next embargoed item may go live, if one is stored
	 */
	Optional<Instant> nextEmbargo(Instant now) {
		Document next = this.publications
			.find(Filters.and(Filters.eq("released", false), Filters.eq("withdrawn", false),
					Filters.gt("embargoed", Date.from(now))))
			.sort(Sorts.ascending("embargoed"))
			.projection(Projections.include("embargoed"))
			.first();
		return Optional.ofNullable(next).map((document) -> document.getDate("embargoed").toInstant());
	}

	/**
	 * Claims what matches in one update, each document atomically, and reads back what
	 * this claim got by its token, if it got anything.
	 */
	private List<Publication> claimAll(Bson filter, Instant now, Bson... changes) {
		String token = UUID.randomUUID().toString();
		List<Bson> update = new ArrayList<>(List.of(changes));
		update.add(claim(now));
		update.add(Updates.set("claimToken", token));
		if (this.publications.updateMany(filter, Updates.combine(update)).getModifiedCount() == 0) {
			// the token is new: nothing holds it, and most sweeps find nothing due
			return List.of();
		}
		List<Publication> claimed = new ArrayList<>();
		this.publications.find(Filters.eq("claimToken", token))
			.forEach((document) -> claimed.add(PublicationDocuments.publication(document)));
		return claimed;
	}

	/** A claim is a write too: a stage decision taken before it must not overwrite it. */
	private Bson claim(Instant now) {
		return Updates.combine(Updates.set("claimedBy", this.instance.value()),
				Updates.set("claimedAt", Date.from(now)), Updates.inc(GuardedWrites.WRITES, 1));
	}

}
