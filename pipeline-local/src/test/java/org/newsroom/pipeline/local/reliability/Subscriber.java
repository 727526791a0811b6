package org.newsroom.pipeline.local.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook subscriber on 127.0.0.1 that counts the deliveries it acknowledged per
 * {@code webhook-id}; it can flap: answer 500, or stall past publish's request timeout.
 */
final class Subscriber implements AutoCloseable {

	private final HttpServer server;

	private final ScheduledExecutorService staller = Executors.newScheduledThreadPool(2);

	private final Map<String, AtomicInteger> successes = new ConcurrentHashMap<>();

	private final AtomicInteger failures = new AtomicInteger();

	private final Map<String, Instant> firstSuccess = new ConcurrentHashMap<>();

	private final Random random = new Random(8);

	private final Duration stall;

	private volatile double failureRate;

	private Subscriber(HttpServer server, Duration stall) {
		this.server = server;
		this.stall = stall;
	}

	/**
	 * Starts a subscriber that answers 204 until told to flap.
	 * @param stall how long a "timeout" keeps the request open
	 */
	static Subscriber start(Duration stall) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		Subscriber subscriber = new Subscriber(server, stall);
		server.createContext("/hooks", subscriber::handle);
		server.setExecutor(Executors.newFixedThreadPool(4));
		server.start();
		return subscriber;
	}

	URI url() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/hooks");
	}

	/**
	 * From now on fail this share of requests: two thirds with 500, one third by timeout.
	 */
	void flap(double rate) {
		this.failureRate = rate;
	}

	/** Acknowledged deliveries by {@code webhook-id}. */
	Map<String, Integer> successesById() {
		Map<String, Integer> copy = new ConcurrentHashMap<>();
		this.successes.forEach((id, count) -> copy.put(id, count.get()));
		return copy;
	}

	/** When each {@code webhook-id} was first acknowledged. */
	Map<String, Instant> firstSuccessById() {
		return Map.copyOf(this.firstSuccess);
	}

	int failuresAnswered() {
		return this.failures.get();
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.staller.shutdownNow();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			in.readAllBytes();
		}
		String id = exchange.getRequestHeaders().getFirst("webhook-id");
		double draw = nextDraw();
		if (draw < this.failureRate * 2 / 3) {
			this.failures.incrementAndGet();
			answer(exchange, 500);
		}
		else if (draw < this.failureRate) {
			this.failures.incrementAndGet();
			// The stall is the fault itself: publish must give up waiting and retry.
			this.staller.schedule(() -> answer(exchange, 503), this.stall.toMillis(), TimeUnit.MILLISECONDS);
		}
		else {
			this.successes.computeIfAbsent(String.valueOf(id), (key) -> new AtomicInteger()).incrementAndGet();
			this.firstSuccess.putIfAbsent(String.valueOf(id), Instant.now());
			answer(exchange, 204);
		}
	}

	private synchronized double nextDraw() {
		return this.random.nextDouble();
	}

	private static void answer(HttpExchange exchange, int status) {
		try {
			exchange.sendResponseHeaders(status, -1);
		}
		catch (IOException ex) {
			// publish already gave up on this request; that is the point of a stall.
		}
		finally {
			exchange.close();
		}
	}

}
