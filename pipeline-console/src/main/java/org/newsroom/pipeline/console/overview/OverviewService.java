package org.newsroom.pipeline.console.overview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsroom.pipeline.console.deadletter.DeadLetterStore;
import org.newsroom.pipeline.console.lag.ConsumerLag;
import org.newsroom.pipeline.console.lag.LagMonitor;
import org.newsroom.pipeline.console.lineage.LineageStatistics;
import org.newsroom.pipeline.console.lineage.LineageStore;
import org.newsroom.pipeline.contract.lineage.LineageEvent;
import org.newsroom.pipeline.contract.lineage.LineageOutcome;
import org.springframework.stereotype.Service;

/**
 * Computes the overview from stored lineage, dead letters and the cached lag.
 */
@Service
public class OverviewService {

	private static final int CHANNEL_SAMPLE = 100;

	private final LineageStatistics statistics;

	private final LineageStore lineage;

	private final DeadLetterStore deadLetters;

	private final LagMonitor lag;

	private final OverviewProperties properties;

	OverviewService(LineageStatistics statistics, LineageStore lineage, DeadLetterStore deadLetters, LagMonitor lag,
			OverviewProperties properties) {
		this.statistics = statistics;
		this.lineage = lineage;
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
		Map<String, Map<LineageOutcome, Long>> byService = this.statistics.countsByOutcome("service");
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
		return new Overview(now, this.properties.window().toSeconds(), stages, channels(), lags.lags(), lags.readAt(),
				lags.stale(), deadTotal);
	}

	private Overview.Stage stage(String name, Map<LineageOutcome, Long> counts, Instant now, long deadLetters,
			long lag) {
		Map<String, Long> byOutcome = new LinkedHashMap<>();
		counts.forEach((outcome, count) -> byOutcome.put(outcome.name(), count));
		long total = byOutcome.values().stream().mapToLong(Long::longValue).sum();
		long recent = this.statistics.countSince(name, now.minus(this.properties.window()));
		double perMinute = recent / Math.max(1.0, this.properties.window().toSeconds() / 60.0);
		int sample = this.properties.latencySample();
		Percentiles endToEnd = name.equals(this.properties.publishStage())
				? Percentiles.of(this.statistics.latestEndToEndMillis(name, sample)) : null;
		return new Overview.Stage(name, byOutcome, total, recent, perMinute,
				Percentiles.of(this.statistics.latestDurations(name, sample)), endToEnd, deadLetters, lag);
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
		Map<String, Map<LineageOutcome, Long>> byStage = this.statistics.countsByOutcome("stage");
		List<Overview.Channel> channels = new ArrayList<>();
		for (String stage : this.properties.channelStages()) {
			Map<LineageOutcome, Long> counts = byStage.getOrDefault(stage, Map.of());
			List<LineageEvent> latest = this.lineage.latestOfStage(stage, CHANNEL_SAMPLE);
			long failed = latest.stream().filter((e) -> e.outcome() == LineageOutcome.DELIVERY_FAILED).count();
			double ratio = latest.isEmpty() ? 0 : (double) failed / latest.size();
			channels.add(new Overview.Channel(stage, counts.getOrDefault(LineageOutcome.DELIVERED, 0L),
					counts.getOrDefault(LineageOutcome.DELIVERY_FAILED, 0L), ratio, health(latest.isEmpty(), ratio)));
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
