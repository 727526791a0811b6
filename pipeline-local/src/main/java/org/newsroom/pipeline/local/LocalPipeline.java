package org.newsroom.pipeline.local;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

import org.newsroom.pipeline.local.banner.Banner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the whole pipeline on this machine: a Kafka broker, a MongoDB-compatible store and
 * every service, until Ctrl-C.
 */
public final class LocalPipeline {

	private static final Logger logger = LoggerFactory.getLogger(LocalPipeline.class);

	private LocalPipeline() {
	}

	public static void main(String[] args) throws InterruptedException {
		int exitCode = run(args, System.out);
		if (exitCode != 0) {
			System.exit(exitCode);
		}
	}

	/**
	 * Starts the stack, prints the banner and blocks until the JVM shuts down.
	 * @param args command-line flags
	 * @param console where the banner and usage go
	 * @return the exit code
	 * @throws InterruptedException if interrupted while running
	 */
	static int run(String[] args, PrintStream console) throws InterruptedException {
		if (Arrays.asList(args).contains("--help")) {
			console.print(CommandLine.USAGE);
			return 0;
		}
		LocalOptions options;
		try {
			options = CommandLine.parse(Arrays.asList(args));
		}
		catch (IllegalArgumentException ex) {
			console.println(ex.getMessage());
			console.print(CommandLine.USAGE);
			return 2;
		}
		return runUntilShutdown(options, console);
	}

	private static int runUntilShutdown(LocalOptions options, PrintStream console) throws InterruptedException {
		LocalStack stack;
		try {
			stack = LocalStack.start(options);
		}
		catch (IOException ex) {
			logger.error("The local stack did not start: {}", ex.getMessage());
			return 1;
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			stack.close();
			stopped.countDown();
		}, "pipeline-local-shutdown"));
		console.print(Banner.render(stack.endpoints()));
		console.flush();
		stopped.await();
		return 0;
	}

}
