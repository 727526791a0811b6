/**
 * The publication state: enriched items and withdrawals applied by revision, embargo
 * release, and the announcement of changes to the push channels.
 */
package org.newsroom.pipeline.publish.publication;
