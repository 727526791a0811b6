/**
 * Keywords by TF-IDF over Lucene stems, and the document frequencies they need, counted
 * once per item and kept in the {@code document_frequencies} collection.
 */
package org.newsroom.pipeline.enrich.keywords;
