package org.newsroom.pipeline.publish.webhook.subscription;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.newsroom.pipeline.publish.webhook.WebhookProperties;
import org.newsroom.pipeline.publish.webhook.signing.WebhookSecrets;
import org.newsroom.pipeline.publish.webhook.subscription.Subscription.SigningSecret;
import org.springframework.stereotype.Service;

/**
 * Creates, lists, rotates, disables and enables webhook subscriptions.
 */
@Service
public class Subscriptions {

	private static final Logger logger = LoggerFactory.getLogger(Subscriptions.class);

	private final SubscriptionStore store;

	private final HeldDeliveries held;

	private final WebhookSecrets secrets;

	private final WebhookProperties properties;

	private final Clock clock;

	Subscriptions(SubscriptionStore store, HeldDeliveries held, WebhookSecrets secrets, WebhookProperties properties,
			Clock clock) {
		this.store = store;
		this.held = held;
		this.secrets = secrets;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Creates an enabled subscription with a new secret; the caller checked the request.
	 */
	Subscription create(SubscriptionRequest request) {
		Instant now = this.clock.instant();
		String id = "sub_" + HexFormat.of().formatHex(randomBytes());
		Subscription subscription = new Subscription(id, request.url().strip(), request.eventTypes(), request.section(),
				request.kind(), true, null, List.of(new SigningSecret(this.secrets.generate(), now, null)), now);
		this.store.insert(subscription);
		logger.info("Created webhook subscription {} to {} for {}", id, subscription.url(), request.eventTypes());
		return subscription;
	}

	List<Subscription> all() {
		return this.store.all();
	}

	Optional<Subscription> find(String id) {
		return Optional.ofNullable(this.store.find(id));
	}

	/**
	 * Gives a subscription a new secret; the old ones keep signing for the overlap.
	 * @return the subscription with the new secret first
	 */
	Optional<Subscription> rotateSecret(String id) {
		Subscription current = this.store.find(id);
		if (current == null) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		Instant overlapEnd = now.plus(this.properties.secretOverlap());
		List<SigningSecret> rotated = new ArrayList<>();
		rotated.add(new SigningSecret(this.secrets.generate(), now, null));
		current.secrets()
			.stream()
			.filter((secret) -> secret.expiresAt() == null || secret.expiresAt().isAfter(now))
			.map((secret) -> new SigningSecret(secret.value(), secret.createdAt(),
					(secret.expiresAt() != null && secret.expiresAt().isBefore(overlapEnd)) ? secret.expiresAt()
							: overlapEnd))
			.forEach(rotated::add);
		this.store.replaceSecrets(id, rotated);
		logger.info("Rotated the secret of webhook subscription {}; the previous one signs until {}", id, overlapEnd);
		return find(id);
	}

	/**
	 * Stops deliveries; pending ones wait until the subscription is enabled again.
	 * @param id the subscription id
	 * @param reason why, for the operator
	 * @return {@code false} if there is no such subscription
	 */
	public boolean disable(String id, String reason) {
		boolean found = this.store.setEnabled(id, false, reason);
		if (found) {
			logger.info("Disabled webhook subscription {}: {}", id, reason);
		}
		return found;
	}

	/**
	 * Resumes deliveries, including those held while it was disabled.
	 * @param id the subscription id
	 * @return {@code false} if there is no such subscription
	 */
	public boolean enable(String id) {
		boolean found = this.store.setEnabled(id, true, null);
		if (found) {
			long resumed = this.held.resume(id, this.clock.instant());
			logger.info("Enabled webhook subscription {}; {} held deliveries resumed", id, resumed);
		}
		return found;
	}

	private static byte[] randomBytes() {
		byte[] bytes = new byte[8];
		ThreadLocalRandom.current().nextBytes(bytes);
		return bytes;
	}

}
