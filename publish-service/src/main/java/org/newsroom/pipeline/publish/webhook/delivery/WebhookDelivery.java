package org.newsroom.pipeline.publish.webhook.delivery;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.newsroom.pipeline.publish.webhook.delivery.AttemptResult.Response;
import org.newsroom.pipeline.publish.webhook.delivery.EndpointCall.Call;
import org.newsroom.pipeline.publish.webhook.delivery.RetryDecision.Action;
import org.newsroom.pipeline.publish.webhook.subscription.Subscription;
import org.newsroom.pipeline.publish.webhook.subscription.SubscriptionStore;
import org.newsroom.pipeline.publish.webhook.target.TargetGuard;
import org.newsroom.pipeline.publish.webhook.target.TargetVerdict;
import org.springframework.stereotype.Component;

/**
 * Makes one attempt at a claimed delivery: checks the target again, asks the endpoint's
 * circuit, signs, sends, and decides what follows.
 */
@Component
class WebhookDelivery {

	private static final Logger logger = LoggerFactory.getLogger(WebhookDelivery.class);

	static final String NO_SECRET = "no signing secret of the subscription can be decrypted: put its key back into"
			+ " publish.webhooks.secret-keys, then redeliver";

	private final SubscriptionStore subscriptions;

	private final TargetGuard guard;

	private final EndpointCall endpoint;

	private final RetryPolicy retryPolicy;

	private final DeliveryOutcomes outcomes;

	private final Clock clock;

	WebhookDelivery(SubscriptionStore subscriptions, TargetGuard guard, EndpointCall endpoint, RetryPolicy retryPolicy,
			DeliveryOutcomes outcomes, Clock clock) {
		this.subscriptions = subscriptions;
		this.guard = guard;
		this.endpoint = endpoint;
		this.retryPolicy = retryPolicy;
		this.outcomes = outcomes;
		this.clock = clock;
	}

	void attempt(OutboxEntry entry) {
		Subscription subscription = this.subscriptions.find(entry.subscriptionId());
		if (subscription == null || !subscription.enabled()) {
			this.outcomes.hold(entry);
			return;
		}
		URI url = URI.create(subscription.url());
		TargetVerdict verdict = this.guard.check(subscription.url());
		if (!verdict.allowed()) {
			this.outcomes.finish(entry, RetryDecision.stop(Action.GIVE_UP, verdict.reason()), "error", 0);
			return;
		}
		List<String> secrets = subscription.activeSecrets(this.clock.instant());
		if (secrets.isEmpty()) {
			this.outcomes.finish(entry, RetryDecision.stop(Action.GIVE_UP, NO_SECRET), "error", 0);
			return;
		}
		Optional<Call> call = this.endpoint.send(url, verdict, entry, secrets);
		if (call.isEmpty()) {
			this.outcomes.circuitOpen(entry);
			return;
		}
		AttemptResult result = call.get().result();
		RetryDecision decision = this.retryPolicy.decide(result, entry.roundAttempts() + 1, this.clock.instant());
		if (decision.action() == Action.DISABLE_SUBSCRIPTION) {
			this.subscriptions.setEnabled(subscription.id(), false, decision.reason());
			logger.warn("Disabled webhook subscription {}: {}", subscription.id(), decision.reason());
		}
		this.outcomes.finish(entry, decision, status(result), call.get().elapsed().toMillis());
	}

	private static String status(AttemptResult result) {
		return (result instanceof Response response) ? Integer.toString(response.status()) : "error";
	}

}
