package org.newsroom.pipeline.console.overview;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.newsroom.pipeline.console.lag.ConsumerLag;

/**
 * The pipeline at a glance.
 *
 * @param at when it was computed
 * @param windowSeconds the window of the rates
 * @param stages per stage figures, in flow order
 * @param channels per channel health
 * @param lags lag per consumer group and topic
 * @param lagReadAt when lag was last read, or {@code null}
 * @param lagStale whether the latest lag read failed
 * @param deadLetters dead letters in total
 */
public record Overview(Instant at, long windowSeconds, List<Stage> stages, List<Channel> channels,
		List<ConsumerLag> lags, Instant lagReadAt, boolean lagStale, long deadLetters) {

	/**
	 * One stage.
	 *
	 * @param name the stage (service), such as {@code ingest}
	 * @param counts events by outcome
	 * @param total events in total
	 * @param recent events in the window
	 * @param ratePerMinute events per minute over the window
	 * @param durationMicros processing time percentiles, microseconds
	 * @param endToEndMillis CMS-to-publication latency percentiles, milliseconds; only
	 * for the publish stage
	 * @param deadLetters dead letters this stage gave up on
	 * @param lag records this stage's consumer groups are behind
	 */
	public record Stage(String name, Map<String, Long> counts, long total, long recent, double ratePerMinute,
			Percentiles durationMicros, Percentiles endToEndMillis, long deadLetters, long lag) {
	}

	/**
	 * One delivery channel.
	 *
	 * @param name the channel's lineage stage, such as {@code webhook}
	 * @param delivered deliveries that succeeded, in total
	 * @param failed deliveries that failed, in total
	 * @param recentFailureRatio failed share of the latest deliveries, 0 to 1
	 * @param health {@code idle}, {@code ok}, {@code degraded} or {@code failing}
	 */
	public record Channel(String name, long delivered, long failed, double recentFailureRatio, String health) {
	}

}
