/**
 * The events between the stages ({@code content.ingested.v1},
 * {@code content.enriched.v1}, {@code content.published.v1}), the published item in IPTC
 * ninjs form, and withdrawals.
 */
package org.newsroom.pipeline.contract.events;
