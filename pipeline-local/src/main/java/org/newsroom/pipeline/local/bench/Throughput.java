package org.newsroom.pipeline.local.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.newsroom.pipeline.local.bench.LineageWatch.StageTimes;

/**
 * Events per second of a run, end to end and per stage.
 *
 * @param profile the enricher profile or the name of the baseline
 * @param events how many items were sent
 * @param completed how many reached the end
 * @param seconds from the first send to the last completion
 * @param endToEnd completed items per second over that time
 * @param ingest items per second between ingest's first and last item
 * @param enrich the same for enrich
 * @param publish the same for publish
 * @param perItem MongoDB commands and Kafka sends per item by service, from the services'
 * own counters
 */
record Throughput(String profile, int events, int completed, double seconds, double endToEnd, double ingest,
		double enrich, double publish, Map<String, ServiceCounters.Count> perItem) {

	static Throughput of(String profile, int events, Instant firstSend, Collection<StageTimes> items,
			Map<String, ServiceCounters.Count> perItem) {
		Instant last = latest(items, StageTimes::published);
		int completed = (int) items.stream().filter((t) -> t.published() != null).count();
		double seconds = (last != null) ? Duration.between(firstSend, last).toMillis() / 1000.0 : 0;
		return new Throughput(profile, events, completed, seconds, perSecond(completed, firstSend, last),
				stage(items, StageTimes::ingested), stage(items, StageTimes::enriched),
				stage(items, StageTimes::published), perItem);
	}

	static Throughput ofBarePipe(BarePipe.Timing timing, int events) {
		double seconds = Duration.between(timing.first(), timing.last()).toMillis() / 1000.0;
		return new Throughput("bare pipe", events, timing.count(), seconds, timing.perSecond(), 0, 0, 0, Map.of());
	}

	static double perSecond(int count, Instant first, Instant last) {
		if (first == null || last == null || !last.isAfter(first)) {
			return 0;
		}
		return round(count * 1000.0 / Duration.between(first, last).toMillis());
	}

	private static double stage(Collection<StageTimes> items, Function<StageTimes, Instant> stage) {
		int count = (int) items.stream().map(stage).filter(Objects::nonNull).count();
		Instant first = items.stream().map(stage).filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
		return perSecond(count, first, latest(items, stage));
	}

	private static Instant latest(Collection<StageTimes> items, Function<StageTimes, Instant> stage) {
		return items.stream().map(stage).filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
	}

	static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
