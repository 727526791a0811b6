package org.newsroom.pipeline.local.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.newsroom.pipeline.contract.Topics;
import org.newsroom.pipeline.local.bench.LineageWatch.StageTimes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The measurements against one running stack: bare pipe, throughput and latency, each
 * with the CPU and memory the processes used meanwhile.
 */
final class StackRun implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(StackRun.class);

	private final String bootstrapServers;

	private final String mongoUri;

	private final String runId = "bench" + Long.toString(System.currentTimeMillis(), 36);

	private final LineageWatch lineage;

	private final List<Resources> resources = new ArrayList<>();

	private final Map<String, URI> services;

	StackRun(String bootstrapServers, String mongoUri, Map<String, URI> services) {
		this.bootstrapServers = bootstrapServers;
		this.mongoUri = mongoUri;
		this.services = Map.copyOf(services);
		this.lineage = new LineageWatch(bootstrapServers, this.runId);
	}

	Throughput barePipe(int events) throws Exception {
		String id = this.runId + "-bare";
		logger.info("Bare pipe: {} events", events);
		Map<String, ProcessUsage> before = ProcessUsage.snapshot();
		BarePipe.Timing timing = new BarePipe(this.bootstrapServers, this.mongoUri).run(SyntheticContent.forRun(id),
				events, "benchmark." + id + ".in", "benchmark." + id + ".out");
		Throughput result = Throughput.ofBarePipe(timing, events);
		measure("bare pipe", before, result.seconds());
		logger.info("Bare pipe: {} events/s", result.endToEnd());
		return result;
	}

	Throughput throughput(String profile, int events, Path jfr) throws Exception {
		String id = this.runId + "-" + profile;
		logger.info("Throughput ({} enrichers): {} events", profile, events);
		if (jfr != null) {
			FlightRecording.start("enrich", jfr);
		}
		Map<String, ProcessUsage> before = ProcessUsage.snapshot();
		Map<String, ServiceCounters.Count> countsBefore = ServiceCounters.read(this.services);
		Instant first;
		try (CmsTraffic cms = new CmsTraffic(this.bootstrapServers, Topics.CMS_CONTENT)) {
			first = cms.sendAll(SyntheticContent.forRun(id), events);
		}
		Map<String, StageTimes> items = this.lineage.awaitPublished(id, events, Duration.ofSeconds(60 + events / 20));
		Map<String, ServiceCounters.Count> perItem = ServiceCounters.perItem(countsBefore,
				ServiceCounters.read(this.services), events);
		Throughput result = Throughput.of(profile, events, first, items.values(), perItem);
		measure("throughput " + profile, before, result.seconds());
		logger.info("Throughput ({}): {} of {} published, {} events/s end to end", profile, result.completed(), events,
				result.endToEnd());
		return result;
	}

	List<Latency> latency(URI publishUrl, List<Integer> rates, Duration duration) throws Exception {
		List<Latency> results = new ArrayList<>();
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			receiver.subscribe(publishUrl);
			for (int rate : rates) {
				String id = this.runId + "-r" + rate;
				long queued = Backlog.awaitDrained(this.bootstrapServers, Duration.ofMinutes(10));
				logger.info("Latency at {} events/s for {}", rate, duration);
				Map<String, ProcessUsage> before = ProcessUsage.snapshot();
				long start = System.nanoTime();
				int sent;
				try (CmsTraffic cms = new CmsTraffic(this.bootstrapServers, Topics.CMS_CONTENT)) {
					sent = cms.sendAtRate(SyntheticContent.forRun(id), rate, duration);
				}
				Map<String, StageTimes> items = this.lineage.awaitPublished(id, sent, Duration.ofSeconds(120));
				receiver.await(id + "-", sent, Duration.ofSeconds(60));
				measure("latency " + rate + "/s", before, (System.nanoTime() - start) / 1e9);
				Latency result = Latency.of(rate, queued, sent, items, receiver);
				logger.info("Latency at {}/s: feed-ready {}, webhook {}", rate, result.feedReady(), result.webhook());
				results.add(result);
			}
		}
		return results;
	}

	private void measure(String phase, Map<String, ProcessUsage> before, double seconds) {
		this.resources.addAll(Resources.between(phase, before, ProcessUsage.snapshot(), seconds));
	}

	List<Resources> resources() {
		return List.copyOf(this.resources);
	}

	@Override
	public void close() throws InterruptedException {
		this.lineage.close();
	}

	/** Starts a JFR recording in a service's JVM with {@code jcmd}. */
	static final class FlightRecording {

		private FlightRecording() {
		}

		static void start(String service, Path file) throws IOException, InterruptedException {
			long pid = ProcessUsage.pidOf(service)
				.orElseThrow(() -> new IOException("No " + service + " process to record"));
			String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
			Process process = new ProcessBuilder(jcmd, Long.toString(pid), "JFR.start", "name=benchmark",
					"settings=profile", "duration=60s", "filename=" + file.toAbsolutePath())
				.redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes());
			process.waitFor();
			logger.info("JFR on {} (pid {}): {}", service, pid, output.strip());
		}

	}

}
