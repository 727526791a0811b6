package org.newsroom.pipeline.publish.webhook.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import org.newsroom.pipeline.publish.InstanceId;
import org.newsroom.pipeline.publish.webhook.OutgoingWebhook;
import org.newsroom.pipeline.publish.webhook.WebhookEvent;
import org.newsroom.pipeline.publish.webhook.subscription.HeldDeliveries;
import org.newsroom.pipeline.publish.webhook.subscription.Subscription;
import org.newsroom.pipeline.support.mongo.BsonValues;
import org.springframework.stereotype.Component;

/**
 * The {@code webhook_outbox} collection: one document per webhook and subscription, with
 * its status, schedule, lease and every attempt.
 */
@Component
class OutboxStore implements HeldDeliveries {

	private static final String PENDING = "pending";

	private static final String RETRYING = "retrying";

	private static final String IN_FLIGHT = "in_flight";

	private static final String DELIVERED = "delivered";

	private static final String FAILED = "failed";

	private static final String HELD = "held";

	private static final String SUPERSEDED = "superseded";

	/** The delivery that replaced this one; such a delivery is never sent again. */
	private static final String SUPERSEDED_BY = "supersededBy";

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

	/**
	 * A webhook's delivery to one subscription, not yet stored.
	 *
	 * @param webhook the webhook
	 * @param subscription the subscription
	 */
	record NewDelivery(OutgoingWebhook webhook, Subscription subscription) {
	}

	/**
	 * Adds deliveries in one insert, each once: a repeat of a stored id is ignored.
	 * @param deliveries the deliveries
	 * @param now when they are due
	 */
	void enqueue(List<NewDelivery> deliveries, Instant now) {
		List<Document> documents = new ArrayList<>(deliveries.size());
		for (NewDelivery delivery : deliveries) {
			OutgoingWebhook webhook = delivery.webhook();
			String deliveryId = webhook.payload().deliveryId();
			documents.add(new Document("_id", deliveryId + ":" + delivery.subscription().id())
				.append("deliveryId", deliveryId)
				.append("subscriptionId", delivery.subscription().id())
				.append("event", webhook.payload().type())
				.append("contentId", webhook.contentId())
				.append("revision", webhook.revision())
				.append("body", new String(webhook.payload().toJson(), StandardCharsets.UTF_8))
				.append("status", PENDING)
				.append("nextAttemptAt", Date.from(now))
				.append("roundAttempts", 0)
				.append("attempts", List.of())
				.append("createdAt", Date.from(now)));
		}
		try {
			this.outbox.insertMany(documents, new InsertManyOptions().ordered(false));
		}
		catch (MongoBulkWriteException ex) {
			boolean repeatsOnly = ex.getWriteErrors()
				.stream()
				.allMatch((error) -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
			if (!repeatsOnly || ex.getWriteConcernError() != null) {
				throw ex;
			}
		}
	}

	/**
	 * Supersedes the given subscriptions' older deliveries of an item by a newer one, or
	 * those of every subscription when {@code subscriptionIds} is {@code null}. A kill
	 * supersedes every older delivery still queued; an update supersedes those that are
	 * waiting, retrying after a failure or held for a disabled subscription, so a
	 * subscriber that was away gets the newest revision, not each one in between. A
	 * healthy subscriber's fresh deliveries are sent in revision order instead (see
	 * {@link #claim}). None of the older ones may be sent again by a redelivery. One
	 * query finds the item's older deliveries; each is then changed by its id, under the
	 * condition it was found in.
	 * @return the deliveries that were still to be sent and now never will be
	 */
	List<OutboxEntry> supersedeOlder(OutgoingWebhook webhook, Collection<String> subscriptionIds) {
		if (webhook.event() == WebhookEvent.PUBLISHED) {
			// the item's first time live: no subscriber was ever told of it before
			return List.of();
		}
		String newer = webhook.payload().deliveryId();
		Bson older = Filters.and(Filters.eq("contentId", webhook.contentId()), Filters.ne("deliveryId", newer),
				Filters.exists(SUPERSEDED_BY, false), olderThan(webhook));
		boolean kill = webhook.event() == WebhookEvent.WITHDRAWN;
		Bson queued = kill ? Filters.in("status", PENDING, RETRYING, HELD) : WAITING;
		List<OutboxEntry> dropped = new ArrayList<>();
		for (Document found : this.outbox.find(older)) {
			if (subscriptionIds != null && !subscriptionIds.contains(found.getString("subscriptionId"))) {
				continue;
			}
			Bson still = Filters.and(Filters.eq("_id", found.getString("_id")), Filters.exists(SUPERSEDED_BY, false));
			boolean superseded = this.outbox
				.updateOne(Filters.and(still, queued),
						Updates.combine(Updates.set("status", SUPERSEDED), Updates.set(SUPERSEDED_BY, newer)))
				.getModifiedCount() > 0;
			if (superseded) {
				dropped.add(entry(found));
			}
			else {
				// delivered, failed or in flight: kept as they are, but never sent again;
				// an update leaves a fresh delivery to go out before it
				this.outbox.updateOne(kill ? still : Filters.and(still, Filters.nor(FRESH)),
						Updates.set(SUPERSEDED_BY, newer));
			}
		}
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
	 * The most overdue deliveries, and those whose lease ran out, in the order to claim
	 * them; one query for a worker's next round of {@link #claim}s.
	 * @param now the time
	 * @param limit how many at most
	 * @return the round
	 */
	Due due(Instant now, int limit) {
		Date at = Date.from(now);
		List<Document> found = new ArrayList<>(limit);
		this.outbox.find(due(at)).sort(Sorts.ascending("nextAttemptAt")).limit(limit).forEach(found::add);
		return new Due(found.stream().map((d) -> d.getString("_id")).toList(), behindOlder(found, at));
	}

	private static Bson due(Date at) {
		return Filters.and(Filters.exists(SUPERSEDED_BY, false),
				Filters.or(Filters.and(Filters.in("status", PENDING, RETRYING), Filters.lte("nextAttemptAt", at)),
						Filters.and(Filters.eq("status", IN_FLIGHT), Filters.lte("leaseUntil", at))));
	}

	/**
	 * Claims one delivery of a round for this instance, if it is still due. A delivery
	 * whose subscriber still had an older one of the same item to get when the round was
	 * read, queued or in flight, is given back to wait for it, so that per subscription
	 * and item deliveries go out in revision order even across workers and instances.
	 * @return the claimed entry, or {@code null} if another worker has it, it is no
	 * longer due, or it waits behind an older one
	 */
	OutboxEntry claim(Due round, String id, Instant now, Duration lease) {
		Date at = Date.from(now);
		Document before = this.outbox.findOneAndUpdate(Filters.and(Filters.eq("_id", id), due(at)),
				Updates.combine(Updates.set("status", IN_FLIGHT), Updates.set("leaseUntil", Date.from(now.plus(lease))),
						Updates.set("claimedBy", this.instance.value())),
				new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE));
		if (before == null) {
			return null;
		}
		if (!round.behindOlder().contains(id)) {
			return entry(before);
		}
		String status = IN_FLIGHT.equals(before.getString("status")) ? RETRYING : before.getString("status");
		this.outbox.updateOne(Filters.eq("_id", id), Updates.combine(Updates.set("status", status),
				Updates.set("nextAttemptAt", Date.from(now.plus(BEHIND_OLDER))), Updates.unset("leaseUntil")));
		return null;
	}

	/**
	 * The deliveries of a round whose subscriber has an older delivery of the same item
	 * still to get: one queued and not superseded, or an attempt under a live lease; one
	 * query for the whole round.
	 */
	private Set<String> behindOlder(List<Document> round, Date now) {
		if (round.isEmpty()) {
			return Set.of();
		}
		Set<String> items = new HashSet<>();
		round.forEach((d) -> items.add(d.getString("contentId")));
		Bson toSend = Filters.or(
				Filters.and(Filters.in("status", PENDING, RETRYING), Filters.exists(SUPERSEDED_BY, false)),
				Filters.and(Filters.eq("status", IN_FLIGHT), Filters.gt("leaseUntil", now)));
		List<Document> open = new ArrayList<>();
		this.outbox.find(Filters.and(Filters.in("contentId", items), toSend)).forEach(open::add);
		Set<String> behind = new HashSet<>();
		for (Document delivery : round) {
			if (open.stream().anyMatch((other) -> isOlderOfSame(other, delivery))) {
				behind.add(delivery.getString("_id"));
			}
		}
		return behind;
	}

	private static boolean isOlderOfSame(Document other, Document delivery) {
		if (!Objects.equals(other.getString("subscriptionId"), delivery.getString("subscriptionId"))
				|| !Objects.equals(other.getString("contentId"), delivery.getString("contentId"))
				|| Objects.equals(other.getString("_id"), delivery.getString("_id"))) {
			return false;
		}
		long own = BsonValues.number(delivery, "revision");
		long theirs = BsonValues.number(other, "revision");
		return theirs < own
				|| (theirs == own && other.getDate("createdAt") != null && delivery.getDate("createdAt") != null
						&& other.getDate("createdAt").before(delivery.getDate("createdAt")));
	}

	/**
	 * One attempt of a delivery, as its history keeps it.
	 *
	 * @param at when it ended
	 * @param status the HTTP status, or {@code error} when no answer came
	 * @param latencyMillis how long the request took
	 * @param error why it failed, or {@code null} when it was delivered
	 */
	record Attempt(Instant at, String status, long latencyMillis, String error) {
	}

	/**
	 * One worker's round: the due deliveries in the order to claim them, and those of
	 * them that wait behind an older one.
	 *
	 * @param ids the due deliveries' ids
	 * @param behindOlder the ids among them to give back
	 */
	record Due(List<String> ids, Set<String> behindOlder) {
	}

	/**
	 * Records one attempt and the status its decision leads to; a failed attempt of a
	 * delivery that was superseded while it was in flight is not retried.
	 * @return {@code true} if the delivery was superseded and is not retried
	 */
	boolean recordAttempt(OutboxEntry entry, Attempt attempt, RetryDecision decision) {
		boolean retry = decision.action() == RetryDecision.Action.RETRY;
		String status = (decision.action() == RetryDecision.Action.DELIVERED) ? DELIVERED : retry ? RETRYING : FAILED;
		Instant nextAttemptAt = retry ? attempt.at().plus(decision.delay()) : null;
		Document made = new Document("at", Date.from(attempt.at())).append("status", attempt.status())
			.append("latencyMillis", attempt.latencyMillis())
			.append("error", attempt.error());
		this.outbox.updateOne(Filters.eq("_id", entry.id()),
				Updates.combine(Updates.push("attempts", made), Updates.inc("roundAttempts", 1),
						Updates.set("status", status), Updates.set("lastError", attempt.error()),
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
	void postpone(OutboxEntry entry, Instant until) {
		String status = (entry.roundAttempts() > 0) ? RETRYING : PENDING;
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

	@Override
	public long resume(String subscriptionId, Instant now) {
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
		return new OutboxEntry(d.getString("_id"), d.getString("deliveryId"), d.getString("subscriptionId"),
				d.getString("contentId"), BsonValues.number(d, "revision"), d.getString("body"),
				d.getInteger("roundAttempts", 0), d.getList("attempts", Document.class, List.of()).size());
	}

}
