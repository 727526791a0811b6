/**
 * Agency datelines ({@code BERLIN (dpa) –}, {@code GALWAY, Ireland (AP) —}): the parser,
 * the date after the place normalised to ISO, and the places a dateline may name.
 */
package org.newsroom.pipeline.enrich.dateline;
