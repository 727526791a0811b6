/**
 * The ingest service: takes CMS events from {@code cms.content.v1} and its HTTP ingress,
 * validates and stores them, and announces each new revision on
 * {@code content.ingested.v1}.
 */
package org.newsroom.pipeline.ingest;
