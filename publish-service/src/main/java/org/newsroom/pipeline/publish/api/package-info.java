/**
 * The content API: published items as IPTC ninjs 2.3 JSON, the pipeline's own fields in
 * one extension property.
 */
package org.newsroom.pipeline.publish.api;
