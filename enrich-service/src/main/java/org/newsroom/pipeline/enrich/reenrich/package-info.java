/**
 * Re-enrichment on an operator's command: the backfill of every item, page by page, with
 * its progress reported on the audit topic and resumed after a crash.
 */
package org.newsroom.pipeline.enrich.reenrich;
