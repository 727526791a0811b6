package org.newsroom.pipeline.publish.webhook.subscription;

import java.time.Instant;

/**
 * The deliveries parked while their subscription was disabled; the outbox keeps them, a
 * subscription enabled again sends them.
 */
public interface HeldDeliveries {

	/**
	 * Queues a subscription's held deliveries again.
	 * @param subscriptionId the subscription enabled again
	 * @param now when they are due
	 * @return how many were resumed
	 */
	long resume(String subscriptionId, Instant now);

}
