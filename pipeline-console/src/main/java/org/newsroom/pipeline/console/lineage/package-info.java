/**
 * Lineage: consumes what every service recorded on the lineage topic, stores it in the
 * {@code lineage} collection and answers timeline, search and statistics queries.
 */
package org.newsroom.pipeline.console.lineage;
