package org.newsroom.pipeline.enrich.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.newsroom.pipeline.contract.events.ContentIngested;
import org.newsroom.pipeline.enrich.chain.EnricherChain;
import org.newsroom.pipeline.enrich.chain.TestItems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CPU time (not wall time) per item of the standard chain after warm-up, from
 * {@link ThreadMXBean#getCurrentThreadCpuTime()}, so that other load on the machine does
 * not count. A shared machine still moves a thread's CPU time (caches, clock speed), so
 * the items are measured in five rounds, and the median of all runs is given with the
 * lowest and highest median of a round.
 */
public final class CpuTimePerItem {

	private static final Logger logger = LoggerFactory.getLogger(CpuTimePerItem.class);

	private static final int WARMUP = 2_000;

	private static final int ROUNDS = 5;

	private static final int PER_ROUND = 1_000;

	private CpuTimePerItem() {
	}

	public static void main(String[] args) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		EnricherChain chain = TestItems.standardChain();
		Map<String, ContentIngested> items = new LinkedHashMap<>();
		items.put("5 KB German article", BenchmarkItems.germanArticle());
		items.put("5 KB English article", BenchmarkItems.englishArticle());
		items.put("sample episode", TestItems.sample(1));
		items.forEach((name, item) -> {
			for (int i = 0; i < WARMUP; i++) {
				chain.enrich(item);
			}
			long[] all = new long[ROUNDS * PER_ROUND];
			long[] roundMedians = new long[ROUNDS];
			for (int round = 0; round < ROUNDS; round++) {
				long[] nanos = new long[PER_ROUND];
				for (int i = 0; i < PER_ROUND; i++) {
					long start = threads.getCurrentThreadCpuTime();
					chain.enrich(item);
					nanos[i] = threads.getCurrentThreadCpuTime() - start;
				}
				System.arraycopy(nanos, 0, all, round * PER_ROUND, PER_ROUND);
				Arrays.sort(nanos);
				roundMedians[round] = nanos[PER_ROUND / 2];
			}
			Arrays.sort(all);
			Arrays.sort(roundMedians);
			logger.info("CPU time per item, {}: median {} ms (rounds {}–{}), p95 {} ms ({} × {} runs after {} warm-up)",
					name, millis(all[all.length / 2]), millis(roundMedians[0]), millis(roundMedians[ROUNDS - 1]),
					millis(all[all.length * 95 / 100]), ROUNDS, PER_ROUND, WARMUP);
		});
	}

	private static String millis(long nanos) {
		return String.format("%.3f", nanos / 1e6);
	}

}
