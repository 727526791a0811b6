/**
 * People, places and organisations found in an item's text: tokens, cue-word rules, the
 * gazetteer, and the mentions collected per item with the origin of each
 * ({@code gazetteer}, {@code rule}, {@code dateline}, {@code cms}).
 */
package org.newsroom.pipeline.enrich.entities;
