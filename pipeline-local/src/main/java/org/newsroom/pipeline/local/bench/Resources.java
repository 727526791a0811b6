package org.newsroom.pipeline.local.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one process used during one phase of the benchmark.
 *
 * @param phase e.g. {@code throughput standard}
 * @param process e.g. {@code enrich}
 * @param cpuSeconds CPU time used during the phase
 * @param cpuPercent CPU time over wall time; 200 % is both cores of this machine
 * @param rssMb resident memory at the end of the phase
 * @param peakRssMb the process's peak resident memory so far
 */
record Resources(String phase, String process, double cpuSeconds, double cpuPercent, long rssMb, long peakRssMb) {

	static List<Resources> between(String phase, Map<String, ProcessUsage> before, Map<String, ProcessUsage> after,
			double wallSeconds) {
		List<Resources> rows = new ArrayList<>();
		after.forEach((name, usage) -> {
			double cpu = usage.cpuSecondsSince(before.get(name));
			double percent = (wallSeconds > 0) ? 100 * cpu / wallSeconds : 0;
			rows.add(new Resources(phase, name, Throughput.round(cpu), Throughput.round(percent), usage.rssKb() / 1024,
					usage.peakRssKb() / 1024));
		});
		return rows;
	}

}
