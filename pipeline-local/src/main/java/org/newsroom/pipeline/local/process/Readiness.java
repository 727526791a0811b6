package org.newsroom.pipeline.local.process;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Small waiting and port helpers for starting local processes.
 */
public final class Readiness {

	private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

	private Readiness() {
	}

	/**
	 * Polls until {@code ready} holds.
	 * @param what what is awaited, for the error message
	 * @param timeout how long to wait
	 * @param ready the condition
	 * @param alive whether waiting still makes sense; when it turns false we stop early
	 * @throws IOException if the condition does not hold in time or {@code alive} fails
	 */
	public static void await(String what, Duration timeout, BooleanSupplier ready, BooleanSupplier alive)
			throws IOException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!ready.getAsBoolean()) {
			if (!alive.getAsBoolean()) {
				throw new IOException(what + " stopped before it was ready");
			}
			if (System.nanoTime() > deadline) {
				throw new IOException(what + " was not ready within " + timeout);
			}
			pause();
		}
	}

	/**
	 * Whether something accepts TCP connections on a local port.
	 * @param port the port
	 * @return {@code true} if a connection succeeds
	 */
	public static boolean isListening(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("localhost", port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * A port that is free right now.
	 * @return the port number
	 * @throws IOException if no port can be bound
	 */
	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
	}

	/**
	 * Distinct ports that are free now: each stays bound until all are chosen, so that
	 * the system cannot hand out one of them twice.
	 * @param count how many
	 * @return the ports
	 * @throws IOException if no port can be bound
	 */
	public static List<Integer> freePorts(int count) throws IOException {
		List<ServerSocket> sockets = new ArrayList<>();
		try {
			for (int i = 0; i < count; i++) {
				ServerSocket socket = new ServerSocket(0);
				socket.setReuseAddress(true);
				sockets.add(socket);
			}
			return sockets.stream().map(ServerSocket::getLocalPort).toList();
		}
		finally {
			for (ServerSocket socket : sockets) {
				socket.close();
			}
		}
	}

	private static void pause() throws IOException {
		try {
			Thread.sleep(POLL_INTERVAL.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while waiting", ex);
		}
	}

}
