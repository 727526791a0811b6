/**
 * Webhook delivery: the outbox the publication side hands webhooks to, the workers that
 * claim and send them, and the retry schedule that decides what follows each attempt.
 */
package org.newsroom.pipeline.publish.webhook.delivery;
