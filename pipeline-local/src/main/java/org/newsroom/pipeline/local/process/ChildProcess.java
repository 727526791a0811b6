package org.newsroom.pipeline.local.process;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One child process whose output is appended to a log file; it can be started again after
 * it stopped or was killed.
 */
public final class ChildProcess {

	private static final Logger logger = LoggerFactory.getLogger(ChildProcess.class);

	/**
	 * Every child still running; whatever ends this JVM (a benchmark or a test that
	 * fails, SIGTERM) takes them down with it instead of leaving them orphaned.
	 */
	private static final Set<Process> running = ConcurrentHashMap.newKeySet();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(ChildProcess::stopAll, "child-process-reaper"));
	}

	private final String name;

	private final List<String> command;

	private final Path logFile;

	private volatile Process process;

	/**
	 * A child process that is not started yet.
	 * @param name short name used in logs, e.g. {@code kafka}
	 * @param command the command line
	 * @param logFile where stdout and stderr go
	 */
	public ChildProcess(String name, List<String> command, Path logFile) {
		this.name = name;
		this.command = List.copyOf(command);
		this.logFile = logFile;
	}

	/**
	 * Starts the process unless it is running.
	 * @throws IOException if the process cannot be started
	 */
	public synchronized void start() throws IOException {
		if (isAlive()) {
			return;
		}
		Files.createDirectories(this.logFile.toAbsolutePath().getParent());
		this.process = new ProcessBuilder(this.command).redirectErrorStream(true)
			.redirectOutput(Redirect.appendTo(this.logFile.toFile()))
			.start();
		running.add(this.process);
		this.process.onExit().thenAccept(running::remove);
		logger.debug("Started {} (pid {}): {}", this.name, this.process.pid(), this.command);
	}

	/**
	 * Runs the process to its end.
	 * @param timeout how long it may take
	 * @return the exit code
	 * @throws IOException if it cannot be started or does not end in time
	 */
	public int runToCompletion(Duration timeout) throws IOException {
		start();
		try {
			if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				kill();
				throw new IOException(this.name + " did not finish within " + timeout + "; see " + this.logFile);
			}
			return this.process.exitValue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while waiting for " + this.name, ex);
		}
	}

	private static void stopAll() {
		running.forEach(Process::destroy);
		running.forEach((process) -> {
			if (!awaitExit(process, Duration.ofSeconds(10))) {
				process.destroyForcibly();
			}
		});
	}

	/**
	 * Asks the process to shut down (SIGTERM) and kills it if it does not within the
	 * grace period.
	 * @param grace how long a clean shutdown may take
	 */
	public synchronized void stop(Duration grace) {
		Process current = this.process;
		if (current == null || !current.isAlive()) {
			return;
		}
		current.destroy();
		if (!awaitExit(current, grace)) {
			logger.warn("{} did not stop within {}; killing it", this.name, grace);
			kill();
		}
	}

	/** Kills the process at once (SIGKILL), as a crash would. */
	public synchronized void kill() {
		Process current = this.process;
		if (current != null && current.isAlive()) {
			current.destroyForcibly();
			awaitExit(current, Duration.ofSeconds(30));
		}
	}

	/**
	 * Whether the process runs.
	 * @return {@code true} while it is alive
	 */
	public boolean isAlive() {
		Process current = this.process;
		return current != null && current.isAlive();
	}

	/**
	 * The log file of the process.
	 * @return the path
	 */
	public Path logFile() {
		return this.logFile;
	}

	/**
	 * The last lines of the log, to explain a failed start.
	 * @param lines how many lines
	 * @return the tail of the log, or an empty string
	 */
	public String logTail(int lines) {
		try {
			List<String> all = Files.readAllLines(this.logFile, StandardCharsets.UTF_8);
			return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException ex) {
			return "";
		}
	}

	private static boolean awaitExit(Process process, Duration timeout) {
		try {
			return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
