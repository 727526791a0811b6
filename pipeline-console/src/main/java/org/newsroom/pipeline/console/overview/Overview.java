package org.newsroom.pipeline.console.overview;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.newsroom.pipeline.console.lag.ConsumerLag;

/**
 * The pipeline at a glance. Each figure covers a stated window: counts all stored
 * lineage, rates the last {@code windowSeconds}, percentiles the latest
 * {@code latencySample} records, channel health the latest {@code channelSample}
 * attempts.
 *
 * @param at when it was computed
 * @param windowSeconds the window of the rates
 * @param latencySample how many of the latest records the percentiles cover
 * @param channelSample how many of the latest attempts a channel's health covers
 * @param cmsTimeWithinSeconds how recent a CMS time must be to count in the latency from
 * it
 * @param stuckItems items accepted but without progress for too long, now
 * @param stages per stage figures, in flow order
 * @param channels per channel health
 * @param lags lag per consumer group and topic
 * @param lagReadAt when lag was last read, or {@code null}
 * @param lagStale whether the latest lag read failed
 * @param deadLetters dead letters stored
 */
record Overview(Instant at, long windowSeconds, int latencySample, int channelSample, long cmsTimeWithinSeconds,
		long stuckItems, List<Stage> stages, List<Channel> channels, List<ConsumerLag> lags, Instant lagReadAt,
		boolean lagStale, long deadLetters) {

	/**
	 * One stage.
	 *
	 * @param name the stage (service), such as {@code ingest}
	 * @param counts the stage's own events by outcome, all stored lineage; delivery
	 * channels count under {@link Channel}
	 * @param total events in total
	 * @param recent events in the window
	 * @param ratePerMinute events per minute over the window
	 * @param durationMicros processing time percentiles of the latest records that
	 * measured one, microseconds
	 * @param endToEndMillis from the revision's arrival at the pipeline to its
	 * publication, milliseconds; only for the publish stage
	 * @param cmsToPublishMillis from the CMS time to publication, for CMS times within
	 * {@code cmsTimeWithinSeconds} of it, milliseconds; only for the publish stage
	 * @param embargoReleaseMillis from an embargo's end to its release, milliseconds;
	 * only for the publish stage
	 * @param deadLetters dead letters this stage gave up on
	 * @param lag records this stage's consumer groups are behind
	 */
	public record Stage(String name, Map<String, Long> counts, long total, long recent, double ratePerMinute,
			Percentiles durationMicros, Percentiles endToEndMillis, Percentiles cmsToPublishMillis,
			Percentiles embargoReleaseMillis, long deadLetters, long lag) {
	}

	/**
	 * One delivery channel, over all stored lineage.
	 *
	 * @param name the channel's lineage stage, such as {@code webhook}
	 * @param delivered attempts that succeeded
	 * @param attemptsFailed attempts that failed and are retried ({@code FAILED})
	 * @param failedForGood deliveries given up ({@code DELIVERY_FAILED})
	 * @param superseded queued deliveries a newer event replaced
	 * @param recentFailureRatio failed share of the latest attempts, 0 to 1
	 * @param health {@code idle}, {@code ok}, {@code degraded} or {@code failing}
	 */
	public record Channel(String name, long delivered, long attemptsFailed, long failedForGood, long superseded,
			double recentFailureRatio, String health) {
	}

}
