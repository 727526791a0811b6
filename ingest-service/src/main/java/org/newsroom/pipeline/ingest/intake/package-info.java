/**
 * Ingest's part of the stage engine: decides each CMS record against the stored item
 * (new, stale, duplicate, withdrawn) and names what to store and announce.
 */
package org.newsroom.pipeline.ingest.intake;
