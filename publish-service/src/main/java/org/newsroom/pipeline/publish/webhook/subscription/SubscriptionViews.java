package org.newsroom.pipeline.publish.webhook.subscription;

import java.time.Instant;
import java.util.List;

/**
 * What the subscriptions API answers; only the creation and rotation answers carry a
 * secret.
 */
final class SubscriptionViews {

	private SubscriptionViews() {
	}

	/**
	 * A subscription without its secrets.
	 *
	 * @param id the id
	 * @param url where webhooks go
	 * @param eventTypes the types it wants
	 * @param section its section filter
	 * @param kind its kind filter
	 * @param enabled whether webhooks are sent
	 * @param disabledReason why it is disabled
	 * @param createdAt when it was created
	 */
	record View(String id, String url, List<String> eventTypes, String section, String kind, boolean enabled,
			String disabledReason, Instant createdAt) {

		static View of(Subscription s) {
			return new View(s.id(), s.url(), s.eventTypes(), s.section(), s.kind(), s.enabled(), s.disabledReason(),
					s.createdAt());
		}

	}

	/**
	 * The answer to a creation: the subscription and, this once, its secret.
	 *
	 * @param subscription the subscription
	 * @param secret the signing secret, shown only now
	 */
	record Created(View subscription, String secret) {

		@Override
		public String toString() {
			return "Created[subscription=" + this.subscription + ", secret=<redacted>]";
		}

	}

	/**
	 * The answer to a rotation: the new secret, shown only now.
	 *
	 * @param id the subscription
	 * @param secret the new signing secret
	 * @param previousSecretsValidUntil until when the earlier secret still signs
	 */
	record Rotated(String id, String secret, Instant previousSecretsValidUntil) {

		@Override
		public String toString() {
			return "Rotated[id=" + this.id + ", secret=<redacted>, previousSecretsValidUntil="
					+ this.previousSecretsValidUntil + "]";
		}

	}

}
