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
 * not count.
 */
public final class CpuTimePerItem {

	private static final Logger logger = LoggerFactory.getLogger(CpuTimePerItem.class);

	private static final int WARMUP = 2_000;

	private static final int MEASURED = 1_000;

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
			long[] nanos = new long[MEASURED];
			for (int i = 0; i < MEASURED; i++) {
				long start = threads.getCurrentThreadCpuTime();
				chain.enrich(item);
				nanos[i] = threads.getCurrentThreadCpuTime() - start;
			}
			Arrays.sort(nanos);
			logger.info("CPU time per item, {}: median {} ms, p95 {} ms ({} runs after {} warm-up)", name,
					millis(nanos[MEASURED / 2]), millis(nanos[MEASURED * 95 / 100]), MEASURED, WARMUP);
		});
	}

	private static String millis(long nanos) {
		return String.format("%.3f", nanos / 1e6);
	}

}
