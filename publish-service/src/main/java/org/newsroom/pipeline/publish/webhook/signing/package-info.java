/**
 * Webhook signing: Standard Webhooks secrets and signatures, and the AES-GCM cipher that
 * keeps the secrets encrypted at rest.
 */
package org.newsroom.pipeline.publish.webhook.signing;
