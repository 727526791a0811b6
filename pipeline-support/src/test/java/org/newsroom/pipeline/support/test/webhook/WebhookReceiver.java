package org.newsroom.pipeline.support.test.webhook;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.awaitility.Awaitility;

/**
 * A real webhook subscriber on a loopback address: it keeps every delivery it receives,
 * answers the scripted statuses in turn and then by its answer function (200 unless told
 * otherwise), and waits for deliveries on a test's behalf.
 */
public final class WebhookReceiver implements AutoCloseable {

	private final HttpServer server;

	private final String scheme;

	private final Deque<Answer> script;

	private final Function<Delivery, Answer> answer;

	private final List<Delivery> deliveries = new ArrayList<>();

	private final List<String> serverNames;

	private final ExecutorService handlers = Executors.newCachedThreadPool();

	private final ScheduledExecutorService delays = Executors.newSingleThreadScheduledExecutor();

	WebhookReceiver(HttpServer server, String scheme, Deque<Answer> script, Function<Delivery, Answer> answer,
			List<String> serverNames) {
		this.server = server;
		this.scheme = scheme;
		this.script = script;
		this.answer = answer;
		this.serverNames = serverNames;
		server.createContext("/", this::handle);
		// answers requests side by side, as a real subscriber does
		server.setExecutor(this.handlers);
		server.start();
	}

	/** A receiver on 127.0.0.1 that takes every delivery with 200. */
	public static WebhookReceiver start() throws IOException {
		return builder().start();
	}

	/** A receiver that answers these statuses in turn, then 200. */
	public static WebhookReceiver scripted(int... statuses) throws IOException {
		return builder().statuses(statuses).start();
	}

	/**
	 * A receiver that answers the first {@code count} deliveries with a status, then 200.
	 */
	public static WebhookReceiver failingFirst(int count, int status) throws IOException {
		int[] statuses = new int[count];
		Arrays.fill(statuses, status);
		return scripted(statuses);
	}

	/** A receiver that answers each delivery with the status it computes from it. */
	public static WebhookReceiver answering(ToIntFunction<Delivery> status) throws IOException {
		return builder().answer((delivery) -> Answer.status(status.applyAsInt(delivery))).start();
	}

	/** Settings for a receiver on another address or port, over TLS, or with headers. */
	public static WebhookReceiverBuilder builder() {
		return new WebhookReceiverBuilder();
	}

	/** Where to send webhooks, such as {@code http://127.0.0.1:40123/hooks}. */
	public String url() {
		return this.scheme + "://" + this.server.getAddress().getHostString() + ":" + port() + "/hooks";
	}

	public int port() {
		return this.server.getAddress().getPort();
	}

	/** Every delivery so far, in arrival order. */
	public synchronized List<Delivery> deliveries() {
		return List.copyOf(this.deliveries);
	}

	/** The {@code webhook-id} of every delivery so far, in arrival order. */
	public List<String> ids() {
		return deliveries().stream().map(Delivery::id).toList();
	}

	/** How often each {@code webhook-id} arrived. */
	public Map<String, Long> countsById() {
		return deliveries().stream().collect(Collectors.groupingBy(Delivery::id, Collectors.counting()));
	}

	/**
	 * Over TLS, the host name each client asked for in its handshake, answered or not.
	 */
	public List<String> serverNames() {
		return List.copyOf(this.serverNames);
	}

	/**
	 * Waits until at least this many deliveries have arrived.
	 * @return every delivery so far
	 */
	public List<Delivery> awaitDeliveries(int count, Duration timeout) {
		return Awaitility.await(count + " deliveries at " + url())
			.atMost(timeout)
			.until(this::deliveries, (all) -> all.size() >= count);
	}

	/**
	 * Waits for the first delivery with this {@code webhook-id}.
	 * @return that delivery
	 */
	public Delivery awaitDelivery(String id, Duration timeout) {
		return Awaitility.await(id + " at " + url())
			.atMost(timeout)
			.until(() -> deliveries().stream().filter((d) -> id.equals(d.id())).findFirst().orElse(null),
					(found) -> found != null);
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.delays.shutdownNow();
		this.handlers.shutdownNow();
	}

	private void handle(HttpExchange exchange) throws IOException {
		byte[] body = exchange.getRequestBody().readAllBytes();
		Map<String, String> headers = new TreeMap<>();
		exchange.getRequestHeaders()
			.forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
		Delivery delivery = new Delivery(headers, body, Instant.now());
		Answer scripted;
		synchronized (this) {
			this.deliveries.add(delivery);
			scripted = this.script.poll();
		}
		Answer answer = (scripted != null) ? scripted : this.answer.apply(delivery);
		if (answer.delay().isZero()) {
			respond(exchange, answer);
		}
		else {
			this.delays.schedule(() -> respond(exchange, answer), answer.delay().toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	private static void respond(HttpExchange exchange, Answer answer) {
		try {
			answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
			exchange.sendResponseHeaders(answer.status(), -1);
		}
		catch (IOException ex) {
			// the sender stopped waiting, which a delayed answer may be there to cause
		}
		finally {
			exchange.close();
		}
	}

}
