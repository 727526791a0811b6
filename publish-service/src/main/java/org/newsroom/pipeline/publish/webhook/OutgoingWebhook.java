package org.newsroom.pipeline.publish.webhook;

/**
 * A webhook to enqueue for every subscription that wants it.
 *
 * @param contentId the item
 * @param revision its revision
 * @param event what happened
 * @param section the item's section, for subscription filters
 * @param kind the item's kind, {@code article} or {@code episode}
 * @param payload the body to send
 */
public record OutgoingWebhook(String contentId, long revision, WebhookEvent event, String section, String kind,
		WebhookPayload payload) {
}
