package org.newsroom.pipeline.console.overview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsroom.pipeline.console.deadletter.DeadLetterStore;
import org.newsroom.pipeline.console.item.ItemList;
import org.newsroom.pipeline.console.lag.ConsumerLag;
import org.newsroom.pipeline.console.lag.LagMonitor;
import org.newsroom.pipeline.console.lineage.LineageStatistics;
import org.newsroom.pipeline.contract.lineage.LineageEvent;
import org.newsroom.pipeline.contract.lineage.LineageOutcome;
import org.springframework.stereotype.Service;

/**
 * Computes the overview from stored lineage, dead letters and the cached lag.
 */
@Service
class OverviewService {

	// What a delivery attempt ends in; a superseded delivery was never attempted.
	private static final List<LineageOutcome> ATTEMPTS = List.of(LineageOutcome.DELIVERED, LineageOutcome.FAILED,
			LineageOutcome.DELIVERY_FAILED);

	private final LineageStatistics statistics;

	private final DeadLetterStore deadLetters;

	private final LagMonitor lag;

	private final ItemList items;

	private final OverviewProperties properties;

	OverviewService(LineageStatistics statistics, DeadLetterStore deadLetters, LagMonitor lag, ItemList items,
			OverviewProperties properties) {
		this.statistics = statistics;
		this.items = items;
		this.deadLetters = deadLetters;
		this.lag = lag;
		this.properties = properties;
	}

	/**
	 * The overview now.
	 * @return the overview
	 */
	public Overview overview() {
		Instant now = Instant.now();
		Map<String, Map<LineageOutcome, Long>> byService = this.statistics.countsByOutcome("service",
				this.properties.channelStages());
		Map<String, Long> dead = this.deadLetters.countByService();
		LagMonitor.LagSnapshot lags = this.lag.snapshot();
		Set<String> names = new LinkedHashSet<>(this.properties.stages());
		names.addAll(byService.keySet());
		List<Overview.Stage> stages = new ArrayList<>();
		for (String name : names) {
			stages.add(stage(name, byService.getOrDefault(name, Map.of()), now, dead.getOrDefault(name, 0L),
					lagOf(name, lags.lags())));
		}
		long deadTotal = dead.values().stream().mapToLong(Long::longValue).sum();
		return new Overview(now, this.properties.window().toSeconds(), this.properties.latencySample(),
				this.properties.channelSample(), this.properties.cmsTimeWithin().toSeconds(), this.items.stuck(),
				stages, channels(), lags.lags(), lags.readAt(), lags.stale(), deadTotal);
	}

	private Overview.Stage stage(String name, Map<LineageOutcome, Long> counts, Instant now, long deadLetters,
			long lag) {
		Map<String, Long> byOutcome = new LinkedHashMap<>();
		counts.forEach((outcome, count) -> byOutcome.put(outcome.name(), count));
		long total = byOutcome.values().stream().mapToLong(Long::longValue).sum();
		long recent = this.statistics.countSince(name, this.properties.channelStages(),
				now.minus(this.properties.window()));
		double perMinute = recent / Math.max(1.0, this.properties.window().toSeconds() / 60.0);
		int sample = this.properties.latencySample();
		Percentiles processing = Percentiles
			.of(this.statistics.latestDurations(name, this.properties.channelStages(), sample));
		if (!name.equals(this.properties.publishStage())) {
			return new Overview.Stage(name, byOutcome, total, recent, perMinute, processing, null, null, null,
					deadLetters, lag);
		}
		PublicationLatency latency = PublicationLatency.of(this.statistics, this.properties);
		return new Overview.Stage(name, byOutcome, total, recent, perMinute, processing, latency.fromArrival(),
				latency.fromCmsTime(), latency.releaseDelay(), deadLetters, lag);
	}

	// Services consume under their own name as group id by default, or a name derived
	// from it such as publish-webhooks.
	private static long lagOf(String stage, List<ConsumerLag> lags) {
		return lags.stream()
			.filter((l) -> l.group().equals(stage) || l.group().startsWith(stage + "-")
					|| l.group().startsWith(stage + "."))
			.mapToLong(ConsumerLag::lag)
			.sum();
	}

	private List<Overview.Channel> channels() {
		Map<String, Map<LineageOutcome, Long>> byStage = this.statistics.countsByOutcome("stage", List.of());
		List<Overview.Channel> channels = new ArrayList<>();
		for (String stage : this.properties.channelStages()) {
			Map<LineageOutcome, Long> counts = byStage.getOrDefault(stage, Map.of());
			List<LineageEvent> latest = this.statistics.latest(stage, ATTEMPTS, this.properties.channelSample());
			long failed = latest.stream().filter((e) -> e.outcome() != LineageOutcome.DELIVERED).count();
			double ratio = latest.isEmpty() ? 0 : (double) failed / latest.size();
			channels.add(new Overview.Channel(stage, counts.getOrDefault(LineageOutcome.DELIVERED, 0L),
					counts.getOrDefault(LineageOutcome.FAILED, 0L),
					counts.getOrDefault(LineageOutcome.DELIVERY_FAILED, 0L),
					counts.getOrDefault(LineageOutcome.SUPERSEDED, 0L), ratio, health(latest.isEmpty(), ratio)));
		}
		return channels;
	}

	private static String health(boolean idle, double failureRatio) {
		if (idle) {
			return "idle";
		}
		if (failureRatio < 0.1) {
			return "ok";
		}
		return (failureRatio < 0.5) ? "degraded" : "failing";
	}

}
