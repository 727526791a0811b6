package org.newsroom.pipeline.publish.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;

/**
 * POSTs one signed webhook with the JDK client and says how it ended; never throws for
 * what the network or the subscriber does.
 */
class WebhookHttpSender {

	private final HttpClient client;

	private final Duration requestTimeout;

	WebhookHttpSender(HttpClient client, Duration requestTimeout) {
		this.client = client;
		this.requestTimeout = requestTimeout;
	}

	AttemptResult post(URI url, Map<String, String> headers, byte[] body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(url)
			.timeout(this.requestTimeout)
			.header("Content-Type", "application/json")
			.header("User-Agent", "newsroom-pipeline-webhooks/1")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		headers.forEach(request::header);
		try {
			HttpResponse<Void> response = this.client.send(request.build(), HttpResponse.BodyHandlers.discarding());
			return new AttemptResult.Response(response.statusCode(),
					response.headers().firstValue("Retry-After").orElse(null));
		}
		catch (HttpTimeoutException ex) {
			return new AttemptResult.Timeout();
		}
		catch (IOException ex) {
			return new AttemptResult.ConnectionError(
					(ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new AttemptResult.ConnectionError("interrupted");
		}
	}

}
