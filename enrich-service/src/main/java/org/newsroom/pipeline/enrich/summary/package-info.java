/**
 * A description for items the CMS sent without one: the first sentences of the text, up
 * to a limit, cut on sentence boundaries.
 */
package org.newsroom.pipeline.enrich.summary;
