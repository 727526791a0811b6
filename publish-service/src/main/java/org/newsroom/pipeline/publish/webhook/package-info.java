/**
 * Webhook delivery rules: Standard Webhooks signing and payloads, the SSRF guard on
 * targets, the retry schedule and the per-endpoint circuit breakers.
 */
package org.newsroom.pipeline.publish.webhook;
