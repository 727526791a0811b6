package org.newsroom.pipeline.local.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import org.newsroom.pipeline.local.process.Readiness;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB wire-compatible store inside the launcher JVM, kept in one H2 MVStore file so
 * that content survives restarts.
 *
 * <p>
 * It runs in-process rather than as a child JVM: it starts in milliseconds, and an outage
 * can still be simulated with {@link #stop()} and {@link #start()}.
 */
public final class EmbeddedMongo implements AutoCloseable {

	/** The port MongoDB clients try first. */
	public static final int DEFAULT_PORT = 27017;

	/**
	 * mongo-java-server runs each command on the network thread of its connection; with
	 * netty's default of two threads per core, a long command of one service (a bulk
	 * write of thousands of counts, a scan) held up every connection sharing its thread,
	 * for seconds. With a thread per connection of the local stack, only writes to the
	 * same collection wait for each other, as in MongoDB.
	 */
	private static final int NETWORK_THREADS = 32;

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedMongo.class);

	private final Path file;

	private final int preferredPort;

	private MongoServer server;

	private int port;

	/**
	 * A store that is not started yet.
	 * @param file the H2 file, e.g. {@code .pipeline-local/mongo/pipeline.mv}
	 * @param preferredPort the port to bind; a free one is used if it is taken
	 */
	public EmbeddedMongo(Path file, int preferredPort) {
		this.file = file.toAbsolutePath();
		this.preferredPort = preferredPort;
	}

	/**
	 * Opens the file and starts listening; on a restart it keeps the port it had.
	 * @throws IOException if the file's folder cannot be created
	 */
	public synchronized void start() throws IOException {
		if (this.server != null) {
			return;
		}
		Files.createDirectories(this.file.getParent());
		MongoServer candidate = new MongoServer(new IdIndexedH2Backend(this.file.toString()));
		int wanted = (this.port != 0) ? this.port : this.preferredPort;
		if (Readiness.isListening(wanted)) {
			logger.warn("Port {} is taken; the embedded MongoDB uses a free port instead", wanted);
			wanted = Readiness.freePort();
		}
		candidate.bind(new InetSocketAddress("localhost", wanted), 1, NETWORK_THREADS);
		this.server = candidate;
		this.port = candidate.getLocalAddress().getPort();
		logger.info("Embedded MongoDB (H2 file {}) is up on port {}", this.file, this.port);
	}

	/** Stops listening, closes client connections and flushes the file. */
	public synchronized void stop() {
		if (this.server != null) {
			this.server.shutdownNow();
			this.server = null;
		}
	}

	/**
	 * Whether the store accepts connections.
	 * @return {@code true} between start and stop
	 */
	public synchronized boolean isRunning() {
		return this.server != null;
	}

	/**
	 * The connection string without a database.
	 * @return {@code mongodb://localhost:<port>}
	 */
	public synchronized String uri() {
		if (this.port == 0) {
			throw new UncheckedIOException(new IOException("The embedded MongoDB was never started"));
		}
		return "mongodb://localhost:" + this.port;
	}

	@Override
	public void close() {
		stop();
	}

}
