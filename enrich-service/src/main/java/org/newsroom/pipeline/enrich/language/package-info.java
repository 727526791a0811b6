/**
 * The item's language, detected with Lingua, and whether the text contradicts the
 * language the CMS gave.
 */
package org.newsroom.pipeline.enrich.language;
