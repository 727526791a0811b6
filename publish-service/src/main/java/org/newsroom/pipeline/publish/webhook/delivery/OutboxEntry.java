package org.newsroom.pipeline.publish.webhook.delivery;

/**
 * A claimed delivery of one webhook to one subscription.
 *
 * @param id the outbox id, {@code contentId:revision:event:subscriptionId}
 * @param deliveryId the {@code webhook-id}, {@code contentId:revision:event}, the same
 * for every subscriber and every attempt
 * @param subscriptionId the subscription
 * @param contentId the item
 * @param revision its revision
 * @param body the exact JSON sent
 * @param roundAttempts attempts since it was last (re)queued, for the retry schedule
 * @param totalAttempts every attempt ever made
 */
record OutboxEntry(String id, String deliveryId, String subscriptionId, String contentId, long revision, String body,
		int roundAttempts, int totalAttempts) {
}
