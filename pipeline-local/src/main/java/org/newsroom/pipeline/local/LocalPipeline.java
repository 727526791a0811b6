package org.newsroom.pipeline.local;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;

import org.newsroom.pipeline.local.banner.Banner;
import org.newsroom.pipeline.local.demo.DemoSubscriber;
import org.newsroom.pipeline.local.services.ServiceSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the whole pipeline on this machine: a Kafka broker, a MongoDB-compatible store and
 * every service, until Ctrl-C.
 */
public final class LocalPipeline {

	private static final Logger logger = LoggerFactory.getLogger(LocalPipeline.class);

	private static final String DEMO_LOG = "demo-subscriber.log";

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
		Flags.Parsed<Launch> launch = Flags.parse(args,
				(flags) -> new Launch(CommandLine.parse(flags), CommandLine.demoSubscriberPort(flags)),
				CommandLine.USAGE, console);
		if (!launch.ok()) {
			return launch.exitCode();
		}
		return runUntilShutdown(launch.options().options(), launch.options().subscriberPort(), console);
	}

	/**
	 * What the command line asks for.
	 *
	 * @param options the stack's options
	 * @param subscriberPort the demo subscriber's port, empty for none
	 */
	private record Launch(LocalOptions options, OptionalInt subscriberPort) {
	}

	private static int runUntilShutdown(LocalOptions options, OptionalInt subscriberPort, PrintStream console)
			throws InterruptedException {
		LocalStack stack;
		try {
			stack = LocalStack.start(options);
		}
		catch (IOException ex) {
			logger.error("The local stack did not start: {}", ex.getMessage());
			return 1;
		}
		DemoSubscriber subscriber = demoSubscriber(stack, subscriberPort);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			if (subscriber != null) {
				subscriber.close();
			}
			stack.close();
			stopped.countDown();
		}, "pipeline-local-shutdown"));
		console.print(Banner.render(stack.endpoints(),
				Optional.ofNullable(subscriber).map((s) -> new Banner.DemoSubscriberInfo(s.url(), DEMO_LOG))));
		console.flush();
		stopped.await();
		return 0;
	}

	/** The demo subscriber, when publish runs and its port is free; else none. */
	private static DemoSubscriber demoSubscriber(LocalStack stack, OptionalInt port) {
		if (port.isEmpty() || stack.endpoints().service(ServiceSpec.PUBLISH.name()).isEmpty()) {
			return null;
		}
		try {
			return DemoSubscriber.start(port.getAsInt(), stack.endpoints().logsDir().resolve(DEMO_LOG));
		}
		catch (IOException ex) {
			logger.warn("No demo webhook subscriber on port {}: {}; choose another with --demo-subscriber-port",
					port.getAsInt(), ex.getMessage());
			return null;
		}
	}

}
