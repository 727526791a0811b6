/**
 * IPTC Media Topics with a confidence, from the keyword, entity and section rules of
 * {@code enrich/topics.json}; a rule matches whole words or stems, never a prefix across
 * words.
 */
package org.newsroom.pipeline.enrich.topics;
