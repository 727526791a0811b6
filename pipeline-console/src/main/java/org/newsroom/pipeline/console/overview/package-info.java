/**
 * The overview: per stage counts by outcome, recent rate, processing and end-to-end
 * latency percentiles, dead letters and lag, plus channel health, served as
 * {@code /api/v1/overview}.
 */
package org.newsroom.pipeline.console.overview;
