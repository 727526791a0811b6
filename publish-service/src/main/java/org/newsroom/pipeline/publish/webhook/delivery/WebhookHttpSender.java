package org.newsroom.pipeline.publish.webhook.delivery;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

import org.newsroom.pipeline.publish.webhook.target.CheckedAddresses;

/**
 * POSTs one signed webhook to the addresses the target guard checked and says how it
 * ended; never follows a redirect and never throws for what the network or the subscriber
 * does.
 */
class WebhookHttpSender implements AutoCloseable {

	private static final ContentType JSON = ContentType.create("application/json");

	private static final String USER_AGENT = "newsroom-pipeline-webhooks/1";

	private final CloseableHttpClient client;

	private final CheckedAddresses dns;

	private final Duration requestTimeout;

	private final ScheduledThreadPoolExecutor deadlines;

	private WebhookHttpSender(CloseableHttpClient client, CheckedAddresses dns, Duration requestTimeout) {
		this.client = client;
		this.dns = dns;
		this.requestTimeout = requestTimeout;
		this.deadlines = new ScheduledThreadPoolExecutor(1, (task) -> {
			Thread thread = new Thread(task, "webhook-deadlines");
			thread.setDaemon(true);
			return thread;
		});
		this.deadlines.setRemoveOnCancelPolicy(true);
	}

	/**
	 * Creates a sender with its own connection pool.
	 * @param connectTimeout how long a connection may take
	 * @param requestTimeout how long a subscriber may take to answer, from the start
	 * @param connections connections kept per endpoint, one per delivering thread
	 * @param tls the trust material for https endpoints
	 * @return the sender, to close on shutdown
	 */
	static WebhookHttpSender create(Duration connectTimeout, Duration requestTimeout, int connections, SSLContext tls) {
		CheckedAddresses dns = new CheckedAddresses();
		CloseableHttpClient client = HttpClients.custom()
			.setConnectionManager(pool(dns, connectTimeout, requestTimeout, connections, tls))
			.setDefaultRequestConfig(RequestConfig.custom()
				.setConnectionRequestTimeout(Timeout.of(connectTimeout))
				.setResponseTimeout(Timeout.of(requestTimeout))
				.build())
			// the guard checked this URL, not the one a 302 names
			.disableRedirectHandling()
			// the outbox retries, on its schedule
			.disableAutomaticRetries()
			.disableCookieManagement()
			.disableAuthCaching()
			.disableContentCompression()
			.evictIdleConnections(TimeValue.ofSeconds(30))
			.build();
		return new WebhookHttpSender(client, dns, requestTimeout);
	}

	private static PoolingHttpClientConnectionManager pool(CheckedAddresses dns, Duration connectTimeout,
			Duration requestTimeout, int connections, SSLContext tls) {
		return PoolingHttpClientConnectionManagerBuilder.create()
			.setDnsResolver(dns)
			// SNI and the certificate check use the URL's host name, not the address
			.setTlsSocketStrategy(ClientTlsStrategyBuilder.create().setSslContext(tls).buildClassic())
			.setDefaultConnectionConfig(ConnectionConfig.custom()
				.setConnectTimeout(Timeout.of(connectTimeout))
				.setSocketTimeout(Timeout.of(requestTimeout))
				.build())
			.setMaxConnPerRoute(connections)
			.setMaxConnTotal(connections)
			.build();
	}

	/**
	 * Sends one attempt.
	 * @param url the subscription's URL
	 * @param checked the addresses the guard checked for this attempt; no other is
	 * connected to
	 * @param headers the signature headers
	 * @param body the exact bytes signed
	 * @return how the attempt ended
	 */
	AttemptResult post(URI url, List<InetAddress> checked, Map<String, String> headers, byte[] body) {
		HttpPost request = new HttpPost(url);
		request.setHeader("User-Agent", USER_AGENT);
		headers.forEach(request::setHeader);
		request.setEntity(new ByteArrayEntity(body, JSON));
		HttpClientContext context = HttpClientContext.create();
		// a pooled connection serves only an attempt whose check found the same addresses
		context.setUserToken(Set.copyOf(checked));
		ScheduledFuture<?> deadline = this.deadlines.schedule(request::cancel, this.requestTimeout.toMillis(),
				TimeUnit.MILLISECONDS);
		try (CheckedAddresses.Scope pinned = this.dns.pin(url.getHost(), checked)) {
			return this.client.execute(request, context, WebhookHttpSender::answer);
		}
		catch (IOException ex) {
			return failure(ex, request.isCancelled(), checked);
		}
		finally {
			deadline.cancel(false);
		}
	}

	private static AttemptResult failure(IOException ex, boolean pastDeadline, List<InetAddress> checked) {
		if (ex instanceof InterruptedIOException && Thread.currentThread().isInterrupted()) {
			return new AttemptResult.ConnectionError("interrupted");
		}
		if (pastDeadline || ex instanceof InterruptedIOException) {
			// the deadline, or a connect or read timeout
			return new AttemptResult.Timeout();
		}
		// the client names the host; the operator needs the address it really tried
		String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		return new AttemptResult.ConnectionError(message + " (checked addresses: "
				+ checked.stream().map(InetAddress::getHostAddress).collect(Collectors.joining(", ")) + ")");
	}

	private static AttemptResult answer(ClassicHttpResponse response) {
		Header retryAfter = response.getFirstHeader("Retry-After");
		return new AttemptResult.Response(response.getCode(), (retryAfter != null) ? retryAfter.getValue() : null);
	}

	@Override
	public void close() {
		this.deadlines.shutdownNow();
		this.client.close(CloseMode.GRACEFUL);
	}

}
