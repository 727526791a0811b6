/**
 * Webhook subscriptions: the subscriptions API, the rules a new subscription must meet,
 * and the {@code webhook_subscriptions} collection with its encrypted signing secrets.
 */
package org.newsroom.pipeline.publish.webhook.subscription;
