/**
 * Taking CMS events in: reading a record (the CloudEvents envelope, the payload against
 * its schema, the text normalised for the stages after ingest), ingest's part of the
 * stage engine that decides each record against the stored item (new, stale, duplicate,
 * withdrawn), and the {@code items} collection it keeps, written only forwards by
 * revision. The HTTP ingress reads its events the same way.
 */
package org.newsroom.pipeline.ingest.intake;
