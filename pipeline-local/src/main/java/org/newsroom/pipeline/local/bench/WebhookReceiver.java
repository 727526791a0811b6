package org.newsroom.pipeline.local.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local webhook subscriber that notes when each item's delivery arrived.
 */
final class WebhookReceiver implements AutoCloseable {

	private static final String PATH = "/benchmark-hook";

	private final HttpServer server;

	private final ExecutorService executor = Executors.newFixedThreadPool(4);

	private final Map<String, Instant> received = new ConcurrentHashMap<>();

	WebhookReceiver() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
		this.server.createContext(PATH, this::handle);
		this.server.setExecutor(this.executor);
		this.server.start();
	}

	private void handle(HttpExchange exchange) throws IOException {
		Instant now = Instant.now();
		try (InputStream body = exchange.getRequestBody()) {
			body.readAllBytes();
		}
		String id = exchange.getRequestHeaders().getFirst("webhook-id");
		if (id != null) {
			// webhook-id is contentId:revision:event
			String[] parts = id.split(":");
			String contentId = String.join(":", java.util.Arrays.copyOf(parts, Math.max(1, parts.length - 2)));
			this.received.putIfAbsent(contentId, now);
		}
		exchange.sendResponseHeaders(204, -1);
		exchange.close();
	}

	/**
	 * Subscribes this receiver to published items at a publish service.
	 * @param publishUrl the publish service's root
	 * @throws IOException if the subscription is refused
	 */
	void subscribe(URI publishUrl) throws IOException, InterruptedException {
		String target = "http://127.0.0.1:" + this.server.getAddress().getPort() + PATH;
		String body = "{\"url\":\"" + target + "\",\"eventTypes\":[\"content.published\"]}";
		String auth = Base64.getEncoder().encodeToString("operator:operator".getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(publishUrl.resolve("/api/v1/subscriptions"))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.header("Authorization", "Basic " + auth)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() / 100 != 2) {
			throw new IOException(
					"Subscribing " + target + " failed: " + response.statusCode() + " " + response.body());
		}
	}

	/**
	 * When the delivery of an item arrived.
	 * @param contentId the item
	 * @return the receipt time, or {@code null} if none arrived
	 */
	Instant receivedAt(String contentId) {
		return this.received.get(contentId);
	}

	/**
	 * Waits until deliveries for items with a prefix arrived, or gives up.
	 * @param prefix content id prefix of a run
	 * @param count how many deliveries are expected
	 * @param timeout how long to wait at most
	 */
	void await(String prefix, int count, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline
				&& this.received.keySet().stream().filter((id) -> id.startsWith(prefix)).count() < count) {
			Thread.sleep(200);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}
