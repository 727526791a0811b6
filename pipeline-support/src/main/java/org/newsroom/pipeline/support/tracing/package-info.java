/**
 * The W3C trace context each record carries ({@code ce_traceparent}) and the log fields
 * of the record being handled ({@code contentId}, {@code stage}, {@code traceId}).
 */
package org.newsroom.pipeline.support.tracing;
