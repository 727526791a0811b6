/**
 * The publish service: takes enriched items from {@code content.enriched.v1} and puts
 * them in every channel (web feeds, podcast RSS, webhooks, the outbound topic, the
 * content API), holding embargoed ones back until their time and taking withdrawn ones
 * out.
 */
package org.newsroom.pipeline.publish;
