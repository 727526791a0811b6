package org.newsroom.pipeline.local.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.newsroom.pipeline.contract.json.ContractJson;

/**
 * A webhook subscriber on 127.0.0.1 that accepts every delivery and keeps it, with
 * whether its Standard Webhooks signature matched the subscription's secret.
 */
public final class WebhookReceiver implements AutoCloseable {

	private final HttpServer server;

	private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

	private volatile String secret;

	private WebhookReceiver(HttpServer server) {
		this.server = server;
	}

	/**
	 * Starts a receiver on a free loopback port.
	 * @return the running receiver
	 * @throws IOException if no port can be bound
	 */
	public static WebhookReceiver start() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		WebhookReceiver receiver = new WebhookReceiver(server);
		server.createContext("/hooks", receiver::handle);
		server.start();
		return receiver;
	}

	/**
	 * Subscribes this receiver to every event type at a publish service, as operator.
	 * @param publish the publish service's HTTP root
	 */
	public void subscribe(URI publish) {
		String request = "{\"url\":\"" + url() + "\",\"eventTypes\":"
				+ "[\"content.published\",\"content.updated\",\"content.withdrawn\"]}";
		Http.Response response = Http.postJson(publish.resolve("/api/v1/subscriptions"), request, "operator",
				"operator");
		if (response.status() != 201) {
			throw new IllegalStateException("Subscribing failed: " + response);
		}
		this.secret = ContractJson.mapper().readTree(response.body()).path("secret").asString();
	}

	/**
	 * Where publish sends webhooks.
	 * @return e.g. {@code http://127.0.0.1:40123/hooks}
	 */
	public URI url() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/hooks");
	}

	/**
	 * Every delivery so far, in arrival order.
	 * @return the deliveries
	 */
	public List<Delivery> deliveries() {
		return List.copyOf(this.deliveries);
	}

	/**
	 * How often each {@code webhook-id} arrived.
	 * @return count by id
	 */
	public Map<String, Long> countsById() {
		return this.deliveries.stream().collect(Collectors.groupingBy(Delivery::id, Collectors.counting()));
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			String id = exchange.getRequestHeaders().getFirst("webhook-id");
			String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
			String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
			String type = ContractJson.mapper().readTree(body).path("type").asString();
			this.deliveries.add(new Delivery(id, type, body, verifies(id, timestamp, body, signature)));
		}
		exchange.sendResponseHeaders(204, -1);
		exchange.close();
	}

	private boolean verifies(String id, String timestamp, String body, String signatures) {
		String current = this.secret;
		if (current == null || signatures == null) {
			return false;
		}
		byte[] expected = sign(current, id + "." + timestamp + "." + body);
		return List.of(signatures.split(" "))
			.stream()
			.filter((candidate) -> candidate.startsWith("v1,"))
			.map((candidate) -> Base64.getDecoder().decode(candidate.substring(3)))
			.anyMatch((actual) -> MessageDigest.isEqual(expected, actual));
	}

	private static byte[] sign(String secret, String content) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One webhook as received.
	 *
	 * @param id the {@code webhook-id}, {@code contentId:revision:event}
	 * @param type the payload's {@code type}, e.g. {@code content.withdrawn}
	 * @param body the raw JSON body
	 * @param signatureValid whether {@code webhook-signature} matched
	 */
	public record Delivery(String id, String type, String body, boolean signatureValid) {
	}

}
