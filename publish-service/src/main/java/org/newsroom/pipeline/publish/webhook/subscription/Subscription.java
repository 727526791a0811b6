package org.newsroom.pipeline.publish.webhook.subscription;

import java.time.Instant;
import java.util.List;

/**
 * A webhook subscription as stored; its secrets never leave the service except once, in
 * the answer that created or rotated them.
 *
 * @param id the subscription id
 * @param url where webhooks go
 * @param eventTypes the payload types it wants, such as {@code content.published}
 * @param section only items of this section, or {@code null}
 * @param kind only items of this kind, or {@code null}
 * @param enabled whether webhooks are sent
 * @param disabledReason why it was disabled
 * @param secrets signing secrets, newest first
 * @param createdAt when it was created
 */
public record Subscription(String id, String url, List<String> eventTypes, String section, String kind, boolean enabled,
		String disabledReason, List<SigningSecret> secrets, Instant createdAt) {

	public Subscription {
		eventTypes = List.copyOf(eventTypes);
		secrets = List.copyOf(secrets);
	}

	/**
	 * The secrets that sign now: the newest and any still in their overlap.
	 * @param now the time
	 * @return the plain secrets, newest first
	 */
	public List<String> activeSecrets(Instant now) {
		return this.secrets.stream()
			.filter((secret) -> secret.expiresAt() == null || secret.expiresAt().isAfter(now))
			.map(SigningSecret::value)
			.toList();
	}

	@Override
	public String toString() {
		return "Subscription[id=" + this.id + ", url=" + this.url + ", enabled=" + this.enabled + "]";
	}

	/**
	 * One signing secret.
	 *
	 * @param value the {@code whsec_} secret
	 * @param createdAt when it was made
	 * @param expiresAt when it stops signing, {@code null} for the current one
	 */
	record SigningSecret(String value, Instant createdAt, Instant expiresAt) {

		@Override
		public String toString() {
			return "SigningSecret[createdAt=" + this.createdAt + ", expiresAt=" + this.expiresAt + "]";
		}

	}

}
