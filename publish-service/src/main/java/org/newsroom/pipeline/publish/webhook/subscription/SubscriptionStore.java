package org.newsroom.pipeline.publish.webhook.subscription;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.newsroom.pipeline.publish.webhook.subscription.Subscription.SigningSecret;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The {@code webhook_subscriptions} collection; the signing secrets in it are encrypted
 * ({@link StoredSecrets}).
 */
@Component
public class SubscriptionStore {

	private static final Logger logger = LoggerFactory.getLogger(SubscriptionStore.class);

	/**
	 * How long the enabled subscriptions are read once for every webhook enqueued: a
	 * burst of items, such as an embargo ending, needs one query, and a change on another
	 * instance shows within this time.
	 */
	private static final Duration ENABLED_TTL = Duration.ofMillis(200);

	private final MongoCollection<Document> subscriptions;

	private final StoredSecrets secrets;

	private volatile Enabled enabled = new Enabled(Instant.EPOCH, List.of());

	SubscriptionStore(MongoDatabase database, StoredSecrets secrets) {
		this.secrets = secrets;
		this.subscriptions = database.getCollection("webhook_subscriptions");
		this.subscriptions.createIndex(Indexes.ascending("enabled", "eventTypes"));
	}

	void insert(Subscription subscription) {
		this.subscriptions.insertOne(new Document("_id", subscription.id()).append("url", subscription.url())
			.append("eventTypes", subscription.eventTypes())
			.append("section", subscription.section())
			.append("kind", subscription.kind())
			.append("enabled", subscription.enabled())
			.append("secrets", this.secrets.documents(subscription.id(), subscription.secrets()))
			.append("createdAt", Date.from(subscription.createdAt())));
		changed();
	}

	/**
	 * A subscription by id.
	 * @param id the subscription id
	 * @return the subscription, or {@code null} if there is none
	 */
	public Subscription find(String id) {
		Document document = this.subscriptions.find(Filters.eq("_id", id)).first();
		return (document != null) ? subscription(document) : null;
	}

	List<Subscription> all() {
		List<Subscription> all = new ArrayList<>();
		this.subscriptions.find().sort(Indexes.ascending("createdAt")).forEach((d) -> all.add(subscription(d)));
		return all;
	}

	/**
	 * Enabled subscriptions that want this event about an item of this section and kind.
	 * @param eventType the payload type, such as {@code content.published}
	 * @param section the item's section
	 * @param kind the item's kind
	 * @return the subscriptions to deliver to
	 */
	public List<Subscription> matching(String eventType, String section, String kind) {
		return enabled().stream()
			.filter((s) -> s.eventTypes().contains(eventType))
			.filter((s) -> s.section() == null || s.section().equals(section))
			.filter((s) -> s.kind() == null || s.kind().equals(kind))
			.toList();
	}

	private List<Subscription> enabled() {
		Enabled current = this.enabled;
		Instant now = Instant.now();
		if (now.isBefore(current.readAt().plus(ENABLED_TTL))) {
			return current.subscriptions();
		}
		List<Subscription> read = new ArrayList<>();
		this.subscriptions.find(Filters.eq("enabled", true)).forEach((d) -> read.add(subscription(d)));
		this.enabled = new Enabled(now, List.copyOf(read));
		return read;
	}

	/** Forgets the enabled subscriptions read, after a change on this instance. */
	private void changed() {
		this.enabled = new Enabled(Instant.EPOCH, List.of());
	}

	/**
	 * Enables or disables a subscription.
	 * @param id the subscription id
	 * @param enabled whether webhooks are sent
	 * @param reason why it is disabled, {@code null} when enabled
	 * @return {@code false} if there is no such subscription
	 */
	public boolean setEnabled(String id, boolean enabled, String reason) {
		boolean found = this.subscriptions
			.updateOne(Filters.eq("_id", id),
					Updates.combine(Updates.set("enabled", enabled), Updates.set("disabledReason", reason)))
			.getMatchedCount() > 0;
		changed();
		return found;
	}

	void replaceSecrets(String id, List<SigningSecret> secrets) {
		this.subscriptions.updateOne(Filters.eq("_id", id),
				Updates.set("secrets", this.secrets.documents(id, secrets)));
	}

	/**
	 * Encrypts with the current key every stored secret that is not: in plain text from a
	 * version before encryption, or under an older key. A subscription changed meanwhile
	 * is left as it is, since its change wrote with the current key.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void sealStoredSecrets() {
		int sealed = 0;
		try {
			for (Document d : this.subscriptions.find().projection(Projections.include("secrets"))) {
				String id = d.getString("_id");
				List<Document> stored = d.getList("secrets", Document.class, List.of());
				List<Document> resealed = this.secrets.resealed(id, stored);
				if (resealed != null && this.subscriptions
					.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("secrets", stored)),
							Updates.set("secrets", resealed))
					.getModifiedCount() > 0) {
					sealed++;
				}
			}
		}
		catch (MongoException ex) {
			logger.warn("Stored webhook secrets were not checked for encryption: {}", ex.toString());
		}
		if (sealed > 0) {
			logger.info("Encrypted the stored signing secrets of {} webhook subscriptions with key '{}'", sealed,
					this.secrets.currentKeyId());
		}
	}

	private Subscription subscription(Document d) {
		String id = d.getString("_id");
		return new Subscription(id, d.getString("url"), d.getList("eventTypes", String.class), d.getString("section"),
				d.getString("kind"), d.getBoolean("enabled", false), d.getString("disabledReason"),
				this.secrets.secrets(id, d.getList("secrets", Document.class, List.of())),
				instant(d.getDate("createdAt")));
	}

	/** The enabled subscriptions as read at a time. */
	private record Enabled(Instant readAt, List<Subscription> subscriptions) {
	}

	private static Instant instant(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

}
