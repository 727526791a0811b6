package org.newsroom.pipeline.local.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsroom.pipeline.contract.json.ContractJson;
import org.newsroom.pipeline.local.Endpoints;
import org.newsroom.pipeline.local.Flags;
import org.newsroom.pipeline.local.LocalOptions;
import org.newsroom.pipeline.local.LocalStack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures the pipeline: a bare pipe as the limit, throughput with the no-op and the
 * standard enrichers, latency at fixed rates, and what each process used; prints a
 * Markdown table and writes JSON.
 */
public final class Benchmark {

	private static final Logger logger = LoggerFactory.getLogger(Benchmark.class);

	private static final List<String> SERVICES = List.of("ingest", "enrich", "publish", "console");

	private final BenchmarkOptions options;

	private final List<Throughput> throughput = new ArrayList<>();

	private final List<Latency> latency = new ArrayList<>();

	private final List<Resources> resources = new ArrayList<>();

	private final Map<String, Map<String, Double>> startup = new LinkedHashMap<>();

	private Throughput barePipe;

	private Benchmark(BenchmarkOptions options) {
		this.options = options;
	}

	public static void main(String[] args) throws Exception {
		System.exit(run(args, System.out));
	}

	static int run(String[] args, PrintStream console) throws Exception {
		Flags.Parsed<BenchmarkOptions> parsed = Flags.parse(args, BenchmarkOptions::parse, BenchmarkOptions.USAGE,
				console);
		if (!parsed.ok()) {
			return parsed.exitCode();
		}
		BenchmarkOptions options = parsed.options();
		String startedAt = Instant.now().toString();
		String loadBefore = loadAverage();
		Benchmark benchmark = new Benchmark(options);
		if (options.externalServices()) {
			benchmark.againstRunningServices();
		}
		else {
			benchmark.againstLocalStacks();
		}
		Report report = new Report(String.join(" ", args), startedAt, loadBefore, loadAverage(),
				Runtime.getRuntime().availableProcessors(), benchmark.barePipe, benchmark.throughput, benchmark.latency,
				benchmark.startup, benchmark.resources);
		write(report, options.out());
		console.print(report.markdown());
		console.flush();
		return 0;
	}

	private void againstRunningServices() throws Exception {
		try (StackRun run = new StackRun(this.options.kafka(), this.options.mongodb(),
				Map.of("publish", URI.create(this.options.publishUrl())))) {
			this.barePipe = run.barePipe(this.options.events());
			this.throughput.add(run.throughput("as deployed", this.options.events(), this.options.jfr()));
			this.latency.addAll(
					run.latency(URI.create(this.options.publishUrl()), this.options.rates(), this.options.duration()));
			this.resources.addAll(run.resources());
		}
	}

	private void againstLocalStacks() throws Exception {
		try (LocalStack stack = start("noop"); StackRun run = run(stack)) {
			this.barePipe = run.barePipe(this.options.events());
			this.throughput.add(run.throughput("noop", this.options.events(), null));
			this.resources.addAll(run.resources());
		}
		try (LocalStack stack = start("standard"); StackRun run = run(stack)) {
			this.throughput.add(run.throughput("standard", this.options.events(), this.options.jfr()));
			this.latency.addAll(run.latency(stack.endpoints().service("publish").orElseThrow(), this.options.rates(),
					this.options.duration()));
			this.resources.addAll(run.resources());
		}
	}

	private LocalStack start(String profile) throws IOException {
		Path dir = this.options.dataDir().resolve(profile + "-" + System.currentTimeMillis());
		LocalOptions local = LocalOptions.isolated(dir)
			.withDemo(false)
			.withServiceArgument("enrich", "--enrich.profile=" + profile)
			.withServiceArgument("publish", "--publish.webhooks.allowed-cidrs=127.0.0.0/8");
		local = new LocalOptions(this.options.kafka(), this.options.mongodb(), false, local.dataDir(),
				local.projectRoot(), local.services(), local.kafkaPort(), local.controllerPort(), local.mongoPort(),
				local.serviceHeap(), local.serviceStartTimeout(), local.serviceArguments());
		logger.info("Starting a local stack with the {} enrichers in {}", profile, dir);
		long start = System.nanoTime();
		LocalStack stack = LocalStack.start(local);
		Map<String, Double> seconds = new LinkedHashMap<>(Startup.read(stack.endpoints().logsDir(), SERVICES));
		seconds.put("whole stack", Throughput.round((System.nanoTime() - start) / 1e9));
		this.startup.put(profile, seconds);
		return stack;
	}

	private static StackRun run(LocalStack stack) {
		Endpoints endpoints = stack.endpoints();
		return new StackRun(endpoints.bootstrapServers(), endpoints.mongoUri(), endpoints.services());
	}

	private static void write(Report report, Path out) throws IOException {
		Path parent = out.toAbsolutePath().getParent();
		Files.createDirectories(parent);
		Files.writeString(out, ContractJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report),
				StandardCharsets.UTF_8);
		logger.info("Wrote {}", out.toAbsolutePath());
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip();
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

}
