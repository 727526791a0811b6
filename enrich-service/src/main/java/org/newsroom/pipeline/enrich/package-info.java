/**
 * The enrich service: it reads ingested items from Kafka, runs the enricher chain over
 * them, stores the result and announces it to publish; its settings are {@code enrich.*}.
 */
package org.newsroom.pipeline.enrich;
