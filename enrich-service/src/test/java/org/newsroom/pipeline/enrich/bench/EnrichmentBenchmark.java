package org.newsroom.pipeline.enrich.bench;

import java.util.concurrent.TimeUnit;

import org.newsroom.pipeline.contract.events.ContentIngested;
import org.newsroom.pipeline.enrich.chain.EnricherChain;
import org.newsroom.pipeline.enrich.chain.EnrichmentResult;
import org.newsroom.pipeline.enrich.chain.TestItems;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Time per item of the standard enricher chain for a 5 KB German article, a 5 KB English
 * article and the sample episode; {@link #main} runs it and then {@link CpuTimePerItem}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EnrichmentBenchmark {

	private EnricherChain chain;

	private ContentIngested german;

	private ContentIngested english;

	private ContentIngested episode;

	@Setup
	public void loadChain() {
		this.chain = TestItems.standardChain();
		this.german = BenchmarkItems.germanArticle();
		this.english = BenchmarkItems.englishArticle();
		this.episode = TestItems.sample(1);
	}

	@Benchmark
	public EnrichmentResult germanArticle() {
		return this.chain.enrich(this.german);
	}

	@Benchmark
	public EnrichmentResult englishArticle() {
		return this.chain.enrich(this.english);
	}

	@Benchmark
	public EnrichmentResult sampleEpisode() {
		return this.chain.enrich(this.episode);
	}

	/**
	 * Runs the JMH benchmarks, then measures CPU time per item with {@code ThreadMXBean}.
	 * @param args ignored
	 * @throws RunnerException if JMH fails
	 */
	public static void main(String[] args) throws RunnerException {
		new Runner(new OptionsBuilder().include(EnrichmentBenchmark.class.getName()).build()).run();
		CpuTimePerItem.main(args);
	}

}
