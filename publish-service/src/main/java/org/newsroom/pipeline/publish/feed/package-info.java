/**
 * Web feeds: RSS 2.0 and Atom documents of published items, by section and kind, with
 * their entity tags.
 */
package org.newsroom.pipeline.publish.feed;
