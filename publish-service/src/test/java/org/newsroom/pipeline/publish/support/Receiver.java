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
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real webhook subscriber on 127.0.0.1 that answers with scripted statuses (200 once
 * the script is used up) and keeps every request it got.
 */
public final class Receiver implements AutoCloseable {

	private final HttpServer server;

	private final Deque<Integer> script;

	private final Function<Request, Integer> answer;

	private final List<Request> requests = new ArrayList<>();

	public Receiver(Integer... statuses) throws IOException {
		this(new ArrayDeque<>(List.of(statuses)), (request) -> 200);
	}

	private Receiver(Deque<Integer> script, Function<Request, Integer> answer) throws IOException {
		this.script = script;
		this.answer = answer;
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", this::handle);
		// answers requests side by side, as a real subscriber does
		this.server.setExecutor(Executors.newCachedThreadPool());
		this.server.start();
	}

	/** A receiver that answers each request by what it carries. */
	public static Receiver answering(Function<Request, Integer> answer) throws IOException {
		return new Receiver(new ArrayDeque<>(), answer);
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
		Request request = new Request(headers, body);
		Integer scripted;
		synchronized (this) {
			this.requests.add(request);
			scripted = this.script.poll();
		}
		int status = (scripted != null) ? scripted : this.answer.apply(request);
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
