/**
 * Consumer lag: committed offsets of every consumer group against the end offsets of the
 * namespace's topics, refreshed on a schedule, cached for the pages and exposed as the
 * {@code pipeline.consumer.lag{group,topic}} gauge.
 */
package org.newsroom.pipeline.console.lag;
