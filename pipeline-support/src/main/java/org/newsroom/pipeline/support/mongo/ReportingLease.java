package org.newsroom.pipeline.support.mongo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoServerException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * Lets one instance at a time, of several that share a database, report a count they all
 * see, so that summing a gauge over instances gives the count once. The instance that
 * asks while holding the lease, or after its holder let it lapse, holds it for one more
 * term; the others report 0. A holder that dies hands over after one term.
 */
public final class ReportingLease {

	private final MongoCollection<Document> leases;

	private final String name;

	private final String holder;

	private final Duration term;

	private final Clock clock;

	/**
	 * A lease kept in a collection of leases.
	 * @param leases the collection, shared by every instance
	 * @param name what is reported, e.g. {@code outbox-pending}
	 * @param holder this instance
	 * @param term how long one ask holds the lease; longer than the scrape interval
	 * @param clock the time
	 */
	public ReportingLease(MongoCollection<Document> leases, String name, String holder, Duration term, Clock clock) {
		this.leases = leases;
		this.name = name;
		this.holder = holder;
		this.term = term;
		this.clock = clock;
	}

	/**
	 * Whether this instance reports now; holds the lease for one more term if so.
	 * @return {@code true} for exactly one instance at a time
	 */
	public boolean held() {
		Instant now = this.clock.instant();
		try {
			return this.leases.findOneAndUpdate(
					Filters.and(Filters.eq("_id", this.name),
							Filters.or(Filters.eq("holder", this.holder), Filters.lt("until", Date.from(now)))),
					Updates.combine(Updates.set("holder", this.holder),
							Updates.set("until", Date.from(now.plus(this.term)))),
					new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER)) != null;
		}
		catch (MongoServerException ex) {
			// Another instance holds a live lease: the upsert met its document.
			if (ErrorCategory.fromErrorCode(ex.getCode()) == ErrorCategory.DUPLICATE_KEY) {
				return false;
			}
			throw ex;
		}
	}

}
