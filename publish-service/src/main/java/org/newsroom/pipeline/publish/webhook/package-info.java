/**
 * What every webhook feature shares: the events subscribers are told of, the payload they
 * get, and the {@code publish.webhooks.*} settings.
 */
package org.newsroom.pipeline.publish.webhook;
