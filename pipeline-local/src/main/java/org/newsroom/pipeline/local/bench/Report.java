package org.newsroom.pipeline.local.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything one benchmark run measured; written as JSON and rendered as Markdown.
 *
 * @param command the flags the run had
 * @param startedAt when the run started
 * @param loadBefore {@code /proc/loadavg} before the run
 * @param loadAfter {@code /proc/loadavg} after the run
 * @param cpus processors of this machine
 * @param barePipe the bare pipe through the same broker and store
 * @param throughput one row per enricher profile
 * @param latency one row per fixed rate
 * @param startupSeconds service start-up by stack and service
 * @param resources CPU and memory by phase and process
 */
record Report(String command, String startedAt, String loadBefore, String loadAfter, int cpus, Throughput barePipe,
		List<Throughput> throughput, List<Latency> latency, Map<String, Map<String, Double>> startupSeconds,
		List<Resources> resources) {

	String markdown() {
		List<String> lines = new ArrayList<>();
		lines.add("Command: `" + this.command + "`  ");
		lines.add("Started " + this.startedAt + " on " + this.cpus + " CPUs; load average before: " + this.loadBefore
				+ ", after: " + this.loadAfter);
		lines.add("");
		lines.add("| Run | Events | Completed | Seconds | End to end (events/s) | Ingest | Enrich | Publish |");
		lines.add("|---|---:|---:|---:|---:|---:|---:|---:|");
		if (this.barePipe != null) {
			lines.add(row(this.barePipe));
		}
		this.throughput.forEach((t) -> lines.add(row(t)));
		lines.add("");
		lines.add("| Run | Service | MongoDB commands per item | Kafka sends per item |");
		lines.add("|---|---|---:|---:|");
		this.throughput.forEach((t) -> t.perItem()
			.forEach((service, count) -> lines
				.add("| %s | %s | %.2f | %.2f |".formatted(t.profile(), service, count.commands(), count.sends()))));
		lines.add("");
		lines.add("| Rate (events/s) | Queued at start | Sent | Published | Webhooks "
				+ "| Feed-ready p50 / p95 / p99 / max (ms) | Webhook p50 / p95 / p99 / max (ms) |");
		lines.add("|---:|---:|---:|---:|---:|---|---|");
		this.latency
			.forEach((l) -> lines.add("| %d | %d | %d | %d | %d | %s | %s |".formatted(l.rate(), l.queuedAtStart(),
					l.sent(), l.published(), l.delivered(), percentiles(l.feedReady()), percentiles(l.webhook()))));
		lines.add("");
		lines.add("| Rate (events/s) | Stage | p50 / p95 / p99 / max (ms) |");
		lines.add("|---:|---|---|");
		this.latency.forEach((l) -> l.stages()
			.forEach((stage, p) -> lines.add("| %d | %s | %s |".formatted(l.rate(), stage, percentiles(p)))));
		lines.add("");
		lines.add("| Phase | Process | CPU s | CPU % | RSS MB | Peak RSS MB |");
		lines.add("|---|---|---:|---:|---:|---:|");
		this.resources.forEach((r) -> lines.add("| %s | %s | %.1f | %.0f | %d | %d |".formatted(r.phase(), r.process(),
				r.cpuSeconds(), r.cpuPercent(), r.rssMb(), r.peakRssMb())));
		lines.add("");
		lines.add("| Stack | Service start-up (s) |");
		lines.add("|---|---|");
		this.startupSeconds.forEach((stack, seconds) -> lines.add("| " + stack + " | " + seconds + " |"));
		return String.join(System.lineSeparator(), lines) + System.lineSeparator();
	}

	private static String row(Throughput t) {
		return "| %s | %d | %d | %.1f | %.1f | %s | %s | %s |".formatted(t.profile(), t.events(), t.completed(),
				t.seconds(), t.endToEnd(), stage(t.ingest()), stage(t.enrich()), stage(t.publish()));
	}

	private static String stage(double perSecond) {
		return (perSecond > 0) ? "%.1f".formatted(perSecond) : "–";
	}

	private static String percentiles(Latency.Percentiles p) {
		return p.p50() + " / " + p.p95() + " / " + p.p99() + " / " + p.max();
	}

}
