/**
 * Webhook deliveries as the console learns them from lineage: publish records every
 * delivery attempt as a lineage event of stage {@code webhook} ({@code DELIVERED} when
 * the subscriber accepted it, {@code DELIVERY_FAILED} when it failed for good,
 * {@code FAILED} when it will be retried), with a detail in the contract's
 * {@link org.newsroom.pipeline.contract.lineage.DeliveryDetail} form.
 */
package org.newsroom.pipeline.console.delivery;
