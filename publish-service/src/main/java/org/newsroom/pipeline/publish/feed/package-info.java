/**
 * Web feeds: RSS 2.0 and Atom documents of published items, with the validators a
 * controller needs to answer conditional requests.
 */
package org.newsroom.pipeline.publish.feed;
