/**
 * Webhook circuit breakers: one per endpoint, so a subscriber that is down is left alone
 * for a while and does not hold up the others.
 */
package org.newsroom.pipeline.publish.webhook.breaker;
