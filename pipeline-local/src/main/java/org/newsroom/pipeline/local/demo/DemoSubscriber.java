package org.newsroom.pipeline.local.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.newsroom.pipeline.contract.json.ContractJson;

/**
 * A webhook subscriber to try webhooks with on the local stack. Subscribe
 * {@code http://127.0.0.1:<port>/hooks/<name>}, hand it the subscription's secret with
 * {@code PUT /hooks/<name>/secret}, and it checks the Standard Webhooks signature of
 * every delivery, as a real subscriber must, and notes each in its log and in
 * {@code GET /hooks}. A delivery whose signature does not verify is answered 401, one for
 * a name without a secret is taken unchecked.
 */
public final class DemoSubscriber implements AutoCloseable {

	/** The port the launcher gives it unless told otherwise. */
	public static final int DEFAULT_PORT = 8099;

	private static final String HOOKS = "/hooks";

	private static final String SECRET_PREFIX = "whsec_";

	private static final int KEPT = 100;

	private final HttpServer server;

	private final ExecutorService executor = Executors.newFixedThreadPool(2);

	private final Map<String, byte[]> keys = new ConcurrentHashMap<>();

	private final Deque<String> received = new ArrayDeque<>();

	private final Path log;

	private DemoSubscriber(HttpServer server, Path log) {
		this.server = server;
		this.log = log;
	}

	/**
	 * Starts a subscriber on the loopback address.
	 * @param port the port, or 0 for a free one
	 * @param log the file each delivery is noted in
	 * @return the running subscriber
	 * @throws IOException if the port is taken
	 */
	public static DemoSubscriber start(int port, Path log) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
		DemoSubscriber subscriber = new DemoSubscriber(server, log);
		server.createContext(HOOKS, subscriber::handle);
		server.setExecutor(subscriber.executor);
		server.start();
		return subscriber;
	}

	/**
	 * Where the subscriber answers.
	 * @return e.g. {@code http://127.0.0.1:8099/hooks}
	 */
	public URI url() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + HOOKS);
	}

	/**
	 * The deliveries noted so far, newest last, at most the last {@value #KEPT}.
	 * @return one line per delivery
	 */
	public List<String> received() {
		synchronized (this.received) {
			return new ArrayList<>(this.received);
		}
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			String name = path.substring(HOOKS.length()).replaceAll("^/+|/+$", "");
			String method = exchange.getRequestMethod();
			if ("GET".equals(method) && name.isEmpty()) {
				answer(exchange, 200, String.join("\n", received()) + "\n");
			}
			else if ("PUT".equals(method) && name.endsWith("/secret")) {
				answer(exchange, learn(name.substring(0, name.length() - "/secret".length()), body(exchange)), "");
			}
			else if ("POST".equals(method) && !name.isEmpty() && !name.contains("/")) {
				answer(exchange, deliver(name, exchange), "");
			}
			else {
				answer(exchange, 404,
						"POST /hooks/<name> a delivery, PUT /hooks/<name>/secret its secret, GET /hooks\n");
			}
		}
	}

	private int learn(String name, byte[] body) {
		String secret = new String(body, StandardCharsets.UTF_8).strip();
		if (!secret.startsWith(SECRET_PREFIX)) {
			return 400;
		}
		try {
			this.keys.put(name, Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length())));
			return 204;
		}
		catch (IllegalArgumentException ex) {
			return 400;
		}
	}

	private int deliver(String name, HttpExchange exchange) throws IOException {
		byte[] body = body(exchange);
		String id = exchange.getRequestHeaders().getFirst("webhook-id");
		String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
		String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
		byte[] key = this.keys.get(name);
		String check;
		int status;
		if (key == null) {
			check = "signature not checked: no secret for " + name + " (PUT " + HOOKS + "/" + name + "/secret)";
			status = 204;
		}
		else if (id != null && timestamp != null && signature != null
				&& verifies(key, id, timestamp, body, signature)) {
			check = "signature verified";
			status = 204;
		}
		else {
			check = "SIGNATURE DOES NOT VERIFY, answered 401";
			status = 401;
		}
		note(Instant.now() + " " + name + " " + type(body) + " " + id + " " + check);
		return status;
	}

	private static boolean verifies(byte[] key, String id, String timestamp, byte[] body, String header) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
			byte[] expected = mac.doFinal(body);
			for (String signature : header.split(" ")) {
				String[] parts = signature.split(",", 2);
				if (parts.length == 2 && parts[0].equals("v1")
						&& MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1]))) {
					return true;
				}
			}
			return false;
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return false;
		}
	}

	private static String type(byte[] body) {
		try {
			return ContractJson.mapper().readTree(body).path("type").asString("?");
		}
		catch (RuntimeException ex) {
			return "?";
		}
	}

	private void note(String line) throws IOException {
		synchronized (this.received) {
			this.received.addLast(line);
			if (this.received.size() > KEPT) {
				this.received.removeFirst();
			}
			Files.createDirectories(this.log.getParent());
			Files.writeString(this.log, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
	}

	private static byte[] body(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			return in.readNBytes(8 * 1024 * 1024);
		}
	}

	private static void answer(HttpExchange exchange, int status, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
		exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
		if (bytes.length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}
