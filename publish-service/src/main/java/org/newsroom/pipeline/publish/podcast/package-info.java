/**
 * Podcast feeds: one RSS 2.0 document per show with Apple {@code itunes:} tags and the
 * Podcasting 2.0 {@code podcast:} namespace.
 */
package org.newsroom.pipeline.publish.podcast;
