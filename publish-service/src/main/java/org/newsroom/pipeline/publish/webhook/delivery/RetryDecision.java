package org.newsroom.pipeline.publish.webhook.delivery;

import java.time.Duration;

/**
 * What to do after a delivery attempt.
 *
 * @param action the next step
 * @param delay how long to wait before the next attempt; zero unless {@code RETRY}
 * @param reason a sentence for the operator console
 */
record RetryDecision(Action action, Duration delay, String reason) {

	/**
	 * The next step after an attempt.
	 */
	enum Action {

		/** The endpoint took the webhook. */
		DELIVERED,

		/** Try again after the delay. */
		RETRY,

		/** Stop: the failure is permanent or the schedule is used up. */
		GIVE_UP,

		/** Stop and disable the subscription: the endpoint said 410 Gone. */
		DISABLE_SUBSCRIPTION

	}

	static RetryDecision stop(Action action, String reason) {
		return new RetryDecision(action, Duration.ZERO, reason);
	}

}
