/**
 * The enricher chain: the {@code Enricher} contract, the context the enrichers fill for
 * one item, and the assembly of the enriched content item with each field's provenance.
 */
package org.newsroom.pipeline.enrich.chain;
