package org.newsroom.pipeline.local.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CPU time and memory of the stack's JVMs, read from {@code /proc}: the launcher (which
 * also hosts the embedded store and the benchmark's clients), the broker and each
 * service.
 *
 * @param name e.g. {@code enrich}
 * @param pid the process id
 * @param cpuTicks user and system time so far, in clock ticks
 * @param rssKb resident memory now
 * @param peakRssKb the most resident memory so far ({@code VmHWM})
 */
record ProcessUsage(String name, long pid, long cpuTicks, long rssKb, long peakRssKb) {

	/** Linux's USER_HZ; {@code getconf CLK_TCK} is 100 on every common kernel. */
	static final double TICKS_PER_SECOND = 100.0;

	private static final List<String> SERVICES = List.of("ingest", "enrich", "publish", "console");

	/**
	 * The stack's JVMs as they are now.
	 * @return usage by process name, the launcher first
	 */
	static Map<String, ProcessUsage> snapshot() {
		Map<String, ProcessUsage> usage = new LinkedHashMap<>();
		read("launcher+store", ProcessHandle.current().pid()).ifPresent((u) -> usage.put(u.name(), u));
		ProcessHandle.current()
			.descendants()
			.forEach((child) -> name(child).flatMap((name) -> read(name, child.pid()))
				.ifPresent((u) -> usage.put(u.name(), u)));
		return usage;
	}

	/**
	 * The process id of a service's JVM.
	 * @param service e.g. {@code enrich}
	 * @return the pid, empty if it does not run
	 */
	static Optional<Long> pidOf(String service) {
		return ProcessHandle.current()
			.descendants()
			.filter((child) -> name(child).filter(service::equals).isPresent())
			.map(ProcessHandle::pid)
			.findFirst();
	}

	/**
	 * CPU seconds used since an earlier snapshot.
	 * @param before the earlier snapshot of the same process
	 * @return seconds of CPU time
	 */
	double cpuSecondsSince(ProcessUsage before) {
		long base = (before != null && before.pid() == this.pid) ? before.cpuTicks() : 0;
		return (this.cpuTicks - base) / TICKS_PER_SECOND;
	}

	private static Optional<String> name(ProcessHandle process) {
		String command = String.join(" ", process.info().arguments().map(List::of).orElse(List.of()));
		if (command.contains("kafka.Kafka")) {
			return Optional.of("kafka");
		}
		return SERVICES.stream().filter((s) -> command.contains("/" + module(s) + ".jar")).findFirst();
	}

	private static String module(String service) {
		return "console".equals(service) ? "pipeline-console" : service + "-service";
	}

	private static Optional<ProcessUsage> read(String name, long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			// Fields after the command name, which may contain spaces; utime and stime
			// are
			// fields 14 and 15.
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
			List<String> status = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"));
			return Optional.of(new ProcessUsage(name, pid, ticks, kb(status, "VmRSS:"), kb(status, "VmHWM:")));
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	private static long kb(List<String> status, String field) {
		return status.stream()
			.filter((line) -> line.startsWith(field))
			.map((line) -> Long.parseLong(line.replaceAll("[^0-9]", "")))
			.findFirst()
			.orElse(0L);
	}

}
