/**
 * The stage engine: the one loop that ingest, enrich and publish run per poll (read
 * stored state, decide, bulk write, send, await, commit in a Kafka transaction), and the
 * test-only fault points inside it.
 */
package org.newsroom.pipeline.support.stage;
