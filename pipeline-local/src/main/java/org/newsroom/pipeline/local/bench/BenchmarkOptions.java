package org.newsroom.pipeline.local.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.newsroom.pipeline.local.Flags;

/**
 * What the benchmark runs and against which stack.
 *
 * @param events events per throughput run (and for the bare pipe)
 * @param rates fixed rates of the latency runs, events per second
 * @param duration how long each latency run sends
 * @param kafka bootstrap servers of an existing broker, or {@code null} for the embedded
 * one
 * @param mongodb an existing MongoDB, or {@code null} for the embedded store
 * @param publishUrl the publish service of an already running stack, or {@code null} to
 * start the services
 * @param out where the JSON result goes
 * @param dataDir where the embedded stacks keep their files
 * @param jfr where to write a flight recording of enrich during the standard throughput
 * run, or {@code null}
 */
record BenchmarkOptions(int events, List<Integer> rates, Duration duration, String kafka, String mongodb,
		String publishUrl, Path out, Path dataDir, Path jfr) {

	static final String USAGE = """
			Usage: java -Dloader.main=org.newsroom.pipeline.local.bench.Benchmark \\
			         -jar pipeline-local/target/pipeline-local-<version>.jar [flags]
			  --events=20000          events per throughput run and for the bare pipe
			  --rates=20,100          fixed rates of the latency runs (events/s)
			  --duration=30s          how long each latency run sends
			  --kafka=host:port       use this broker instead of the embedded one
			  --mongodb=uri           use this MongoDB instead of the embedded store
			  --publish-url=url       the services already run (publish here); start none
			  --out=target/benchmark.json
			  --data=dir              data folder of the embedded stacks (default target/benchmark-data)
			  --jfr=file.jfr          record enrich with JFR during the standard throughput run
			""";

	static BenchmarkOptions parse(List<String> args) {
		BenchmarkOptions o = new BenchmarkOptions(20_000, List.of(20, 100), Duration.ofSeconds(30), null, null, null,
				Path.of("target", "benchmark.json"), Path.of("target", "benchmark-data"), null);
		for (String arg : args) {
			o = o.with(Flags.flag(arg));
		}
		return o;
	}

	private BenchmarkOptions with(Flags.Flag flag) {
		String v = flag.value();
		return switch (flag.name()) {
			case "events" -> new BenchmarkOptions(Integer.parseInt(v), this.rates, this.duration, this.kafka,
					this.mongodb, this.publishUrl, this.out, this.dataDir, this.jfr);
			case "rates" -> new BenchmarkOptions(this.events, rates(v), this.duration, this.kafka, this.mongodb,
					this.publishUrl, this.out, this.dataDir, this.jfr);
			case "duration" -> new BenchmarkOptions(this.events, this.rates, duration(v), this.kafka, this.mongodb,
					this.publishUrl, this.out, this.dataDir, this.jfr);
			case "kafka" -> new BenchmarkOptions(this.events, this.rates, this.duration, v, this.mongodb,
					this.publishUrl, this.out, this.dataDir, this.jfr);
			case "mongodb" -> new BenchmarkOptions(this.events, this.rates, this.duration, this.kafka, v,
					this.publishUrl, this.out, this.dataDir, this.jfr);
			case "publish-url" -> new BenchmarkOptions(this.events, this.rates, this.duration, this.kafka, this.mongodb,
					v, this.out, this.dataDir, this.jfr);
			case "out" -> new BenchmarkOptions(this.events, this.rates, this.duration, this.kafka, this.mongodb,
					this.publishUrl, Path.of(v), this.dataDir, this.jfr);
			case "data" -> new BenchmarkOptions(this.events, this.rates, this.duration, this.kafka, this.mongodb,
					this.publishUrl, this.out, Path.of(v), this.jfr);
			case "jfr" -> new BenchmarkOptions(this.events, this.rates, this.duration, this.kafka, this.mongodb,
					this.publishUrl, this.out, this.dataDir, Path.of(v));
			default -> throw flag.unknown();
		};
	}

	/**
	 * Whether the services run already, so the benchmark only drives and observes them.
	 * @return {@code true} with {@code --publish-url}
	 */
	boolean externalServices() {
		return this.publishUrl != null;
	}

	static Duration duration(String text) {
		String t = text.trim().toLowerCase(java.util.Locale.ROOT);
		if (t.endsWith("ms")) {
			return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
		}
		if (t.endsWith("s")) {
			return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
		}
		if (t.endsWith("m")) {
			return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
		}
		return Duration.parse(text);
	}

	private static List<Integer> rates(String text) {
		List<Integer> rates = new ArrayList<>();
		for (String part : text.split(",")) {
			if (!part.isBlank()) {
				rates.add(Integer.parseInt(part.trim()));
			}
		}
		return List.copyOf(rates);
	}

}
