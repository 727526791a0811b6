/**
 * The stage metrics every service exports: events by outcome, processing time and
 * end-to-end latency.
 */
package org.newsroom.pipeline.support.metrics;
