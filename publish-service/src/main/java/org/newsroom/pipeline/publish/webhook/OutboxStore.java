package org.newsroom.pipeline.publish.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import org.newsroom.pipeline.publish.InstanceId;
import org.springframework.stereotype.Component;

/**
 * The {@code webhook_outbox} collection: one document per webhook and subscription, with
 * its status, schedule, lease and every attempt.
 */
@Component
class OutboxStore {

	static final String PENDING = "pending";

	static final String RETRYING = "retrying";

	static final String IN_FLIGHT = "in_flight";

	static final String DELIVERED = "delivered";

	static final String FAILED = "failed";

	static final String HELD = "held";

	static final String SUPERSEDED = "superseded";

	/** The delivery that replaced this one; such a delivery is never sent again. */
	static final String SUPERSEDED_BY = "supersededBy";

	/** Deliveries queued for their first attempt. */
	private static final Bson FRESH = Filters.and(Filters.eq("status", PENDING), Filters.exists("attempts.0", false));

	/** Deliveries that wait: retrying, held, or queued again after an attempt. */
	private static final Bson WAITING = Filters.and(Filters.in("status", PENDING, RETRYING, HELD), Filters.nor(FRESH));

	/** How long a delivery waits for an older one of its item to its subscriber. */
	private static final Duration BEHIND_OLDER = Duration.ofMillis(100);

	private final MongoCollection<Document> outbox;

	private final InstanceId instance;

	OutboxStore(MongoDatabase database, InstanceId instance) {
		this.outbox = database.getCollection("webhook_outbox");
		this.instance = instance;
		this.outbox.createIndex(Indexes.ascending("status", "nextAttemptAt"));
		this.outbox.createIndex(Indexes.ascending("subscriptionId", "status"));
		this.outbox.createIndex(Indexes.ascending("contentId", "subscriptionId"));
	}

	/** Adds a delivery once; a repeat with the same id is ignored. */
	void enqueue(OutgoingWebhook webhook, Subscription subscription, Instant now) {
		String id = webhook.payload().deliveryId() + ":" + subscription.id();
		Document document = new Document("_id", id).append("deliveryId", webhook.payload().deliveryId())
			.append("subscriptionId", subscription.id())
			.append("event", webhook.payload().type())
			.append("contentId", webhook.contentId())
			.append("revision", webhook.revision())
			.append("body", new String(webhook.payload().toJson(), java.nio.charset.StandardCharsets.UTF_8))
			.append("status", PENDING)
			.append("nextAttemptAt", Date.from(now))
			.append("roundAttempts", 0)
			.append("attempts", List.of())
			.append("createdAt", Date.from(now));
		try {
			this.outbox.insertOne(document);
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
				throw ex;
			}
		}
	}

	/**
	 * Supersedes a subscription's older deliveries of an item by a newer one, or those of
	 * every subscription when {@code subscriptionId} is {@code null}. A kill supersedes
	 * every older delivery still queued; an update supersedes those that are waiting,
	 * retrying after a failure or held for a disabled subscription, so a subscriber that
	 * was away gets the newest revision, not each one in between. A healthy subscriber's
	 * fresh deliveries are sent in revision order instead (see {@link #claim}). None of
	 * the older ones may be sent again by a redelivery.
	 * @return the deliveries that were still to be sent and now never will be
	 */
	List<OutboxEntry> supersedeOlder(OutgoingWebhook webhook, String subscriptionId) {
		if (webhook.event() == WebhookEvent.PUBLISHED) {
			// the item's first time live: no subscriber was ever told of it before
			return List.of();
		}
		String newer = webhook.payload().deliveryId();
		Bson older = Filters.and(Filters.eq("contentId", webhook.contentId()), Filters.ne("deliveryId", newer),
				Filters.exists(SUPERSEDED_BY, false), olderThan(webhook));
		if (subscriptionId != null) {
			older = Filters.and(Filters.eq("subscriptionId", subscriptionId), older);
		}
		boolean kill = webhook.event() == WebhookEvent.WITHDRAWN;
		Bson queued = Filters.and(older, kill ? Filters.in("status", PENDING, RETRYING, HELD) : WAITING);
		List<OutboxEntry> dropped = new ArrayList<>();
		this.outbox.find(queued).forEach((document) -> dropped.add(entry(document)));
		this.outbox.updateMany(queued,
				Updates.combine(Updates.set("status", SUPERSEDED), Updates.set(SUPERSEDED_BY, newer)));
		// delivered, failed or in flight: kept as they are, but never sent again; an
		// update leaves a fresh delivery to go out before it
		this.outbox.updateMany(kill ? older : Filters.and(older, Filters.nor(FRESH)),
				Updates.set(SUPERSEDED_BY, newer));
		return dropped;
	}

	private static Bson olderThan(OutgoingWebhook webhook) {
		Bson lowerRevision = Filters.lt("revision", webhook.revision());
		if (webhook.event() != WebhookEvent.WITHDRAWN) {
			return lowerRevision;
		}
		return Filters.or(lowerRevision, Filters.and(Filters.eq("revision", webhook.revision()),
				Filters.ne("event", WebhookEvent.WITHDRAWN.type())));
	}

	/**
	 * Claims the most overdue delivery, or one whose lease ran out, for this instance. A
	 * delivery whose subscriber still has an older one of the same item to get, queued or
	 * in flight, is given back to wait for it, so that per subscription and item
	 * deliveries go out in revision order even across workers and instances.
	 * @return the claimed entry, or {@code null}
	 */
	OutboxEntry claim(Instant now, Duration lease) {
		Date at = Date.from(now);
		Bson due = Filters.and(Filters.exists(SUPERSEDED_BY, false),
				Filters.or(Filters.and(Filters.in("status", PENDING, RETRYING), Filters.lte("nextAttemptAt", at)),
						Filters.and(Filters.eq("status", IN_FLIGHT), Filters.lte("leaseUntil", at))));
		while (true) {
			Document before = this.outbox.findOneAndUpdate(due,
					Updates.combine(Updates.set("status", IN_FLIGHT),
							Updates.set("leaseUntil", Date.from(now.plus(lease))),
							Updates.set("claimedBy", this.instance.value())),
					new FindOneAndUpdateOptions().sort(Sorts.ascending("nextAttemptAt"))
						.returnDocument(ReturnDocument.BEFORE));
			if (before == null) {
				return null;
			}
			if (!hasOlderToSend(before, at)) {
				return entry(before);
			}
			String status = IN_FLIGHT.equals(before.getString("status")) ? RETRYING : before.getString("status");
			this.outbox.updateOne(Filters.eq("_id", before.getString("_id")),
					Updates.combine(Updates.set("status", status),
							Updates.set("nextAttemptAt", Date.from(now.plus(BEHIND_OLDER))),
							Updates.unset("leaseUntil")));
		}
	}

	/**
	 * Whether the delivery's subscriber has an older delivery of the same item still to
	 * get: one queued and not superseded, or an attempt under a live lease.
	 */
	private boolean hasOlderToSend(Document delivery, Date now) {
		Number revision = delivery.get("revision", Number.class);
		long own = (revision != null) ? revision.longValue() : 0;
		Bson older = Filters.or(Filters.lt("revision", own),
				Filters.and(Filters.eq("revision", own), Filters.lt("createdAt", delivery.getDate("createdAt"))));
		Bson toSend = Filters.or(
				Filters.and(Filters.in("status", PENDING, RETRYING), Filters.exists(SUPERSEDED_BY, false)),
				Filters.and(Filters.eq("status", IN_FLIGHT), Filters.gt("leaseUntil", now)));
		return this.outbox.find(Filters.and(Filters.eq("subscriptionId", delivery.getString("subscriptionId")),
				Filters.eq("contentId", delivery.getString("contentId")), older, toSend))
			.limit(1)
			.first() != null;
	}

	/**
	 * Records one attempt and the status it leads to; a failed attempt of a delivery that
	 * was superseded while it was in flight is not retried.
	 * @return {@code true} if the delivery was superseded and is not retried
	 */
	boolean recordAttempt(OutboxEntry entry, Document attempt, String status, Instant nextAttemptAt) {
		this.outbox.updateOne(Filters.eq("_id", entry.id()),
				Updates.combine(Updates.push("attempts", attempt), Updates.inc("roundAttempts", 1),
						Updates.set("status", status), Updates.set("lastError", attempt.getString("error")),
						Updates.set("nextAttemptAt", (nextAttemptAt != null) ? Date.from(nextAttemptAt) : null),
						Updates.unset("leaseUntil")));
		return settleSuperseded(entry);
	}

	/**
	 * Marks a delivery superseded that was given back to the queue after a newer event
	 * replaced it while it was claimed.
	 * @return {@code true} if it was
	 */
	private boolean settleSuperseded(OutboxEntry entry) {
		return this.outbox
			.updateOne(Filters.and(Filters.eq("_id", entry.id()), Filters.exists(SUPERSEDED_BY, true),
					Filters.in("status", PENDING, RETRYING, HELD)), Updates.set("status", SUPERSEDED))
			.getModifiedCount() > 0;
	}

	/** Gives a claimed delivery back without an attempt, to try at a later time. */
	void postpone(OutboxEntry entry, Instant until, String status) {
		this.outbox.updateOne(Filters.eq("_id", entry.id()), Updates.combine(Updates.set("status", status),
				Updates.set("nextAttemptAt", Date.from(until)), Updates.unset("leaseUntil")));
		settleSuperseded(entry);
	}

	/** Parks a delivery of a disabled subscription. */
	void hold(OutboxEntry entry) {
		this.outbox.updateOne(Filters.eq("_id", entry.id()),
				Updates.combine(Updates.set("status", HELD), Updates.unset("leaseUntil")));
		settleSuperseded(entry);
	}

	long resumeHeld(String subscriptionId, Instant now) {
		return this.outbox
			.updateMany(Filters.and(Filters.eq("subscriptionId", subscriptionId), Filters.eq("status", HELD)),
					Updates.combine(Updates.set("status", PENDING), Updates.set("nextAttemptAt", Date.from(now))))
			.getModifiedCount();
	}

	/**
	 * Queues a delivery again at once with a fresh retry schedule, keeping its history.
	 */
	boolean redeliver(String id, Instant now) {
		return this.outbox.updateOne(
				Filters.and(Filters.eq("_id", id), Filters.ne("status", IN_FLIGHT),
						Filters.exists(SUPERSEDED_BY, false)),
				Updates.combine(Updates.set("status", PENDING), Updates.set("nextAttemptAt", Date.from(now)),
						Updates.set("roundAttempts", 0)))
			.getModifiedCount() > 0;
	}

	long countOpen() {
		return this.outbox.countDocuments(Filters.in("status", PENDING, RETRYING, IN_FLIGHT));
	}

	private static OutboxEntry entry(Document d) {
		Number revision = d.get("revision", Number.class);
		return new OutboxEntry(d.getString("_id"), d.getString("deliveryId"), d.getString("subscriptionId"),
				d.getString("contentId"), (revision != null) ? revision.longValue() : 0, d.getString("body"),
				d.getInteger("roundAttempts", 0), d.getList("attempts", Document.class, List.of()).size());
	}

}
