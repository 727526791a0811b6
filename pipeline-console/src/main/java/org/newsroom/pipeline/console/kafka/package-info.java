/**
 * The console's Kafka set-up: its listener factories for the lineage, audit and
 * dead-letter topics, and the poll-at-a-time store with dead letters for unreadable
 * records.
 */
package org.newsroom.pipeline.console.kafka;
