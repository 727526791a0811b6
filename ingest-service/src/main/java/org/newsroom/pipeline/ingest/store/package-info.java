/**
 * Ingest's {@code items} collection: the newest revision of every item, written only
 * forwards by revision.
 */
package org.newsroom.pipeline.ingest.store;
