/**
 * Backfills ("re-enrich every item") as operators follow them: each one's state, items
 * done of the total, rate, time to go and failures, from the progress enrich reports on
 * the audit topic after every page.
 */
package org.newsroom.pipeline.console.backfill;
