/**
 * What the web feeds and the podcast feeds share: the feed's description, links to items
 * on the site, text made safe for XML, the item block of every RSS document, and the HTTP
 * answer of a feed with its validators for conditional requests.
 */
package org.newsroom.pipeline.publish.syndication;
