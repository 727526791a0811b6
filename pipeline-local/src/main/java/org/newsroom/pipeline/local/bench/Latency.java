package org.newsroom.pipeline.local.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.newsroom.pipeline.local.bench.LineageWatch.StageTimes;

/**
 * Latency at one fixed rate, from the CMS event time to publication and to the webhook's
 * arrival at a local receiver.
 *
 * @param rate events per second sent
 * @param queuedAtStart records the consumer groups had not processed when the run
 * started; anything but 0 means the figures include a queue
 * @param sent how many items were sent
 * @param published how many were published in time
 * @param delivered how many webhooks arrived in time
 * @param feedReady milliseconds from {@code ce_time} to publish's {@code PUBLISHED}
 * lineage
 * @param webhook milliseconds from {@code ce_time} to the webhook's arrival
 * @param stages where the feed-ready time went: {@code ce_time} to ingest's
 * {@code ACCEPTED}, to enrich's {@code ENRICHED}, to publish's {@code PUBLISHED}
 */
record Latency(int rate, long queuedAtStart, int sent, int published, int delivered, Percentiles feedReady,
		Percentiles webhook, Map<String, Percentiles> stages) {

	static Latency of(int rate, long queuedAtStart, int sent, Map<String, StageTimes> items, WebhookReceiver receiver) {
		Collection<StageTimes> times = items.values();
		List<Long> feed = times.stream()
			.filter((t) -> t.published() != null && t.cmsTime() != null)
			.map((t) -> Duration.between(t.cmsTime(), t.published()).toMillis())
			.toList();
		List<Long> hooks = items.entrySet()
			.stream()
			.filter((e) -> e.getValue().cmsTime() != null && receiver.receivedAt(e.getKey()) != null)
			.map((e) -> Duration.between(e.getValue().cmsTime(), receiver.receivedAt(e.getKey())).toMillis())
			.toList();
		Map<String, Percentiles> stages = new LinkedHashMap<>();
		stages.put("ingest", between(times, StageTimes::cmsTime, StageTimes::ingested));
		stages.put("enrich", between(times, StageTimes::ingested, StageTimes::enriched));
		stages.put("publish", between(times, StageTimes::enriched, StageTimes::published));
		return new Latency(rate, queuedAtStart, sent, feed.size(), hooks.size(), Percentiles.of(feed),
				Percentiles.of(hooks), stages);
	}

	private static Percentiles between(Collection<StageTimes> times, Function<StageTimes, Instant> from,
			Function<StageTimes, Instant> to) {
		return Percentiles.of(times.stream()
			.filter((t) -> from.apply(t) != null && to.apply(t) != null)
			.map((t) -> Duration.between(from.apply(t), to.apply(t)).toMillis())
			.toList());
	}

	/**
	 * Percentiles in milliseconds (nearest rank).
	 *
	 * @param p50 median
	 * @param p95 95th percentile
	 * @param p99 99th percentile
	 * @param max the slowest
	 */
	record Percentiles(long p50, long p95, long p99, long max) {

		static Percentiles of(List<Long> values) {
			if (values.isEmpty()) {
				return new Percentiles(0, 0, 0, 0);
			}
			List<Long> sorted = values.stream().sorted().toList();
			return new Percentiles(rank(sorted, 50), rank(sorted, 95), rank(sorted, 99), sorted.get(sorted.size() - 1));
		}

		private static long rank(List<Long> sorted, int percentile) {
			int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
			return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
		}

	}

}
