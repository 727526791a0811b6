/**
 * Items: one summary per item derived from its lineage (headline, kind, section, the
 * stage each reached, and its state: live, embargoed, withdrawn, failed, in progress or
 * stuck), kept in the {@code items} collection for the paged item list, its filters and
 * the stuck-items gauge.
 */
package org.newsroom.pipeline.console.item;
