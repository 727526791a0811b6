/**
 * enrich's part of the stage engine: the listener on ingested items, the decision against
 * the stored enrichment, the {@code enrichments} collection, and which chain of enrichers
 * runs ({@code enrich.profile}).
 */
package org.newsroom.pipeline.enrich.enrichment;
