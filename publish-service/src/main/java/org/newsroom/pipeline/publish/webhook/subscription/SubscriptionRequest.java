package org.newsroom.pipeline.publish.webhook.subscription;

import java.util.List;
import java.util.Set;

import org.newsroom.pipeline.publish.webhook.WebhookEvent;
import org.newsroom.pipeline.publish.webhook.target.TargetGuard;
import org.newsroom.pipeline.publish.webhook.target.TargetVerdict;

/**
 * What an operator asks for when subscribing.
 *
 * @param url where webhooks go
 * @param eventTypes any of {@code content.published}, {@code content.updated},
 * {@code content.withdrawn}
 * @param section only items of this section, or {@code null} for all
 * @param kind only {@code article} or {@code episode}, or {@code null} for both
 */
record SubscriptionRequest(String url, List<String> eventTypes, String section, String kind) {

	private static final Set<String> TYPES = Set.of(WebhookEvent.PUBLISHED.type(), WebhookEvent.UPDATED.type(),
			WebhookEvent.WITHDRAWN.type());

	private static final Set<String> KINDS = Set.of("article", "episode");

	/**
	 * Checks the request against the rules and the SSRF guard.
	 * @param guard the target guard
	 * @return why it is refused, or {@code null} if it is fine
	 */
	String problem(TargetGuard guard) {
		if (this.eventTypes == null || this.eventTypes.isEmpty()) {
			return "eventTypes must name at least one of " + TYPES;
		}
		for (String type : this.eventTypes) {
			if (!TYPES.contains(type)) {
				return "Unknown event type '" + type + "'; use any of " + TYPES;
			}
		}
		if (this.kind != null && !KINDS.contains(this.kind)) {
			return "kind must be article or episode, not '" + this.kind + "'";
		}
		TargetVerdict verdict = guard.check(this.url);
		return verdict.allowed() ? null : verdict.reason();
	}

}
