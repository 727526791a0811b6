package org.newsroom.pipeline.local.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Plain HTTP calls to the services of a local stack, anonymous or as a user.
 */
public final class Http {

	private static final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private Http() {
	}

	/**
	 * GET without credentials.
	 * @param uri the address
	 * @return status and body
	 */
	public static Response get(URI uri) {
		return send(HttpRequest.newBuilder(uri).GET());
	}

	/**
	 * GET with HTTP basic credentials.
	 * @param uri the address
	 * @param user user name
	 * @param password password
	 * @return status and body
	 */
	public static Response get(URI uri, String user, String password) {
		return send(HttpRequest.newBuilder(uri).header("Authorization", basic(user, password)).GET());
	}

	/**
	 * POST a JSON body with HTTP basic credentials.
	 * @param uri the address
	 * @param json the body
	 * @param user user name
	 * @param password password
	 * @return status and body
	 */
	public static Response postJson(URI uri, String json, String user, String password) {
		return send(HttpRequest.newBuilder(uri)
			.header("Authorization", basic(user, password))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	private static Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(20)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * What a service answered.
	 *
	 * @param status the HTTP status
	 * @param body the body as text
	 */
	public record Response(int status, String body) {
	}

}
