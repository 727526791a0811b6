package org.newsroom.pipeline.publish.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real webhook subscriber on 127.0.0.1 that answers with scripted statuses (200 once
 * the script is used up) and keeps every request it got.
 */
public final class Receiver implements AutoCloseable {

	private final HttpServer server;

	private final Deque<Integer> script;

	private final List<Request> requests = new ArrayList<>();

	public Receiver(Integer... statuses) throws IOException {
		this.script = new ArrayDeque<>(List.of(statuses));
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/hooks";
	}

	public synchronized List<Request> requests() {
		return List.copyOf(this.requests);
	}

	private void handle(HttpExchange exchange) throws IOException {
		byte[] body = exchange.getRequestBody().readAllBytes();
		Map<String, String> headers = new TreeMap<>();
		exchange.getRequestHeaders()
			.forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
		int status;
		synchronized (this) {
			this.requests.add(new Request(headers, body));
			status = this.script.isEmpty() ? 200 : this.script.poll();
		}
		exchange.sendResponseHeaders(status, -1);
		exchange.close();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/**
	 * One webhook request.
	 *
	 * @param headers lower-case names to values
	 * @param body the bytes received
	 */
	public record Request(Map<String, String> headers, byte[] body) {

		public String id() {
			return this.headers.get("webhook-id");
		}

		public String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

	}

}
