package org.newsroom.pipeline.console.overview;

import java.util.List;

/**
 * The 50th, 95th and 99th percentile of a sample, by nearest rank.
 *
 * @param p50 the median
 * @param p95 the 95th percentile
 * @param p99 the 99th percentile
 * @param samples how many values the sample had; 0 means the percentiles are 0
 */
record Percentiles(long p50, long p95, long p99, int samples) {

	static Percentiles of(List<Long> values) {
		if (values.isEmpty()) {
			return new Percentiles(0, 0, 0, 0);
		}
		List<Long> sorted = values.stream().sorted().toList();
		return new Percentiles(rank(sorted, 50), rank(sorted, 95), rank(sorted, 99), sorted.size());
	}

	private static long rank(List<Long> sorted, int percentile) {
		int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index));
	}

}
