/**
 * The HTTP ingress: {@code POST /api/v1/events} for a CMS that cannot write to Kafka,
 * with per-source tokens and rate limits; accepted events go to {@code cms.content.v1}
 * like any other, and refusals are RFC 9457 problems.
 */
package org.newsroom.pipeline.ingest.http;
