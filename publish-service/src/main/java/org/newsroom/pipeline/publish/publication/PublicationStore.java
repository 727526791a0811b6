package org.newsroom.pipeline.publish.publication;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import org.newsroom.pipeline.contract.events.ContentEnriched;
import org.newsroom.pipeline.contract.events.ContentWithdrawn;
import org.newsroom.pipeline.publish.InstanceId;
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
	 * Stores a newer revision of an item, or the first one, in one round trip.
	 * @return the stored publication, or {@code null} if the stored revision is the same
	 * or newer
	 */
	Publication storeNewer(ContentEnriched event, boolean released, Instant now) {
		Bson filter = Filters.and(Filters.eq("_id", event.contentId()), Filters.lt("revision", event.revision()));
		Bson update = Updates.combine(PublicationDocuments.itemFields(event), Updates.set("withdrawn", false),
				Updates.unset("reason"), Updates.set("released", released), Updates.set("live", released),
				Updates.set("announced", false), claim(now));
		try {
			Document stored = this.publications.findOneAndUpdate(filter, update,
					new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
			return (stored != null) ? PublicationDocuments.publication(stored) : null;
		}
		catch (MongoCommandException ex) {
			if (ErrorCategory.fromErrorCode(ex.getErrorCode()) == ErrorCategory.DUPLICATE_KEY) {
				// the document exists and the filter did not match: a newer or equal
				// revision won
				return null;
			}
			throw ex;
		}
	}

	/**
	 * Refreshes the metadata of the stored revision after a re-enrichment.
	 * @return {@code false} unless the same revision is stored with a lower enrichment
	 * version and is not withdrawn
	 */
	boolean refresh(ContentEnriched event) {
		Bson filter = Filters.and(Filters.eq("_id", event.contentId()), Filters.eq("revision", event.revision()),
				Filters.lt("enrichmentVersion", event.enrichmentVersion()), Filters.eq("withdrawn", false));
		return this.publications.updateOne(filter, PublicationDocuments.itemFields(event)).getModifiedCount() > 0;
	}

	/**
	 * Stores a withdrawal; the item leaves every channel and older revisions become
	 * stale.
	 * @return {@code false} if a newer revision or the same withdrawal is stored
	 */
	boolean withdraw(ContentWithdrawn event, Instant now) {
		Bson filter = Filters.and(Filters.eq("_id", event.contentId()),
				Filters.or(Filters.lt("revision", event.revision()),
						Filters.and(Filters.eq("revision", event.revision()), Filters.eq("withdrawn", false))));
		Bson update = Updates.combine(PublicationDocuments.withdrawalFields(event), Updates.set("withdrawn", true),
				Updates.set("live", false), Updates.set("announced", false), claim(now));
		return upsert(filter, update);
	}

	Publication find(String contentId) {
		Document document = this.publications.find(Filters.eq("_id", contentId)).first();
		return (document != null) ? PublicationDocuments.publication(document) : null;
	}

	/**
	 * Notes that the channels were told about a revision; a no-op if a newer one arrived.
	 */
	void markAnnounced(Publication publication) {
		Bson filter = Filters.and(Filters.eq("_id", publication.contentId()),
				Filters.eq("revision", publication.revision()));
		Bson update = publication.withdrawn() ? Updates.set("announced", true)
				: Updates.combine(Updates.set("announced", true), Updates.set("liveRevision", publication.revision()));
		this.publications.updateOne(filter, update);
	}

	/**
	 * Claims one item whose embargo has ended; of several instances only one gets it.
	 * @return the released item, or {@code null} if none is due
	 */
	Publication claimDueEmbargo(Instant now) {
		Bson filter = Filters.and(Filters.eq("released", false), Filters.eq("withdrawn", false),
				Filters.lte("embargoed", Date.from(now)));
		Bson update = Updates.combine(Updates.set("released", true), Updates.set("live", true), claim(now));
		return claimOne(filter, update);
	}

	/**
	 * Claims one item whose announcement an instance started but did not finish, such as
	 * one that crashed after a release.
	 * @return the item, or {@code null}
	 */
	Publication claimUnannounced(Instant claimedBefore, Instant now) {
		Bson filter = Filters.and(Filters.eq("announced", false),
				Filters.or(Filters.eq("released", true), Filters.eq("withdrawn", true)),
				Filters.lte("claimedAt", Date.from(claimedBefore)));
		return claimOne(filter, claim(now));
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

	MongoCollection<Document> collection() {
		return this.publications;
	}

	private Publication claimOne(Bson filter, Bson update) {
		Document claimed = this.publications.findOneAndUpdate(filter, update,
				new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
		return (claimed != null) ? PublicationDocuments.publication(claimed) : null;
	}

	private Bson claim(Instant now) {
		return Updates.combine(Updates.set("claimedBy", this.instance.value()),
				Updates.set("claimedAt", Date.from(now)));
	}

	private boolean upsert(Bson filter, Bson update) {
		try {
			var result = this.publications.updateOne(filter, update, new UpdateOptions().upsert(true));
			return result.getMatchedCount() > 0 || result.getUpsertedId() != null;
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
				// the document exists and the filter did not match: a newer or equal
				// revision won
				return false;
			}
			throw ex;
		}
	}

}
