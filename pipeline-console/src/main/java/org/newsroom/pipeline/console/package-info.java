/**
 * The operators' console: overview, items and their timelines, dead letters and replay,
 * deliveries, backfills and the audit trail, built from the pipeline's lineage, audit and
 * dead-letter topics.
 */
package org.newsroom.pipeline.console;
