package org.newsroom.pipeline.local.e2e;

import java.io.IOException;
import java.nio.file.Path;

import org.newsroom.pipeline.local.LocalOptions;
import org.springframework.util.FileSystemUtils;

/**
 * Options of the stacks end-to-end tests start.
 */
public final class TestStacks {

	/** Lets publish deliver webhooks to a receiver in the test JVM. */
	public static final String LOOPBACK_WEBHOOKS = "--publish.webhooks.allowed-cidrs=127.0.0.0/8";

	private TestStacks() {
	}

	/**
	 * Free ports, no demo, and a fresh data folder under {@code target/e2e} whose logs
	 * stay for a look after a failure.
	 * @param name the test's folder name
	 * @return the options
	 * @throws IOException if the folder cannot be cleaned or no port is free
	 */
	public static LocalOptions options(String name) throws IOException {
		Path dir = Path.of("target", "e2e", name).toAbsolutePath();
		FileSystemUtils.deleteRecursively(dir);
		return LocalOptions.isolated(dir).withDemo(false);
	}

}
