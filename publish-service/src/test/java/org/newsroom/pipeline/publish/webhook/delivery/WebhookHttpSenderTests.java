package org.newsroom.pipeline.publish.webhook.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.hc.core5.ssl.SSLContexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.publish.webhook.delivery.AttemptResult.Response;
import org.newsroom.pipeline.publish.webhook.signing.TestSecrets;
import org.newsroom.pipeline.publish.webhook.target.TargetGuard;
import org.newsroom.pipeline.publish.webhook.target.TestGuards;
import org.newsroom.pipeline.publish.webhook.target.TargetVerdict;
import org.newsroom.pipeline.support.test.webhook.Answer;
import org.newsroom.pipeline.support.test.webhook.Delivery;
import org.newsroom.pipeline.support.test.webhook.StandardWebhooksVerifier;
import org.newsroom.pipeline.support.test.webhook.WebhookReceiver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook HTTP client against real local subscribers: what it sends, that it stops at
 * a redirect, reads {@code Retry-After} and keeps its deadline.
 */
class WebhookHttpSenderTests {

	private static final byte[] BODY = "{\"type\":\"content.published\"}".getBytes(StandardCharsets.UTF_8);

	/** Loopback is internal; these tests allow it as the shared test context does. */
	private final TargetGuard guard = TestGuards.allowing(List.of("127.0.0.1/32"), (host) -> List.of());

	private final WebhookHttpSender sender = WebhookHttpSender.create(Duration.ofMillis(500), Duration.ofMillis(800), 2,
			SSLContexts.createSystemDefault());

	@AfterEach
	void close() {
		this.sender.close();
	}

	@Test
	void deliversASignedWebhookToAnAllowedLoopbackTarget() throws Exception {
		String secret = TestSecrets.secret();
		try (WebhookReceiver receiver = WebhookReceiver.start()) {
			AttemptResult result = post(receiver.url(),
					TestSecrets.signer(Clock.systemUTC()).headers("signed-1:1:published", BODY, List.of(secret)));

			assertThat(result).isEqualTo(new Response(200));
			assertThat(receiver.deliveries()).hasSize(1);
			Delivery request = receiver.deliveries().get(0);
			assertThat(new StandardWebhooksVerifier(secret).verifies(request)).isTrue();
			assertThat(request.id()).isEqualTo("signed-1:1:published");
			assertThat(request.body()).isEqualTo(BODY);
			assertThat(request.headers()).containsEntry("content-type", "application/json")
				.containsEntry("user-agent", "newsroom-pipeline-webhooks/1")
				.doesNotContainKey("accept-encoding");
		}
	}

	@Test
	void answersWithTheRedirectInsteadOfFollowingIt() throws Exception {
		try (WebhookReceiver elsewhere = WebhookReceiver.start();
				WebhookReceiver redirecting = WebhookReceiver.builder()
					.answer((delivery) -> Answer.status(302).withHeader("Location", elsewhere.url()))
					.start()) {
			AttemptResult result = post(redirecting.url(), Map.of());

			assertThat(result).isEqualTo(new Response(302));
			assertThat(RetryPolicy.classify(result).reason()).contains("redirects are not followed");
			assertThat(elsewhere.deliveries()).isEmpty();
		}
	}

	@Test
	void readsRetryAfterFromABusySubscriber() throws Exception {
		try (WebhookReceiver busy = WebhookReceiver.builder()
			.answer((delivery) -> Answer.status(503).withHeader("Retry-After", "120"))
			.start()) {
			assertThat(post(busy.url(), Map.of())).isEqualTo(new Response(503, "120"));
		}
	}

	@Test
	void stopsWaitingAtTheRequestTimeoutEvenWhileTheSubscriberTrickles() throws Exception {
		try (ServerSocket trickling = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			Thread subscriber = new Thread(() -> trickle(trickling));
			subscriber.setDaemon(true);
			subscriber.start();
			long start = System.nanoTime();

			AttemptResult result = post("http://127.0.0.1:" + trickling.getLocalPort() + "/hooks", Map.of());

			// a byte every 100 ms never trips the read timeout; only the deadline ends it
			assertThat(result).isInstanceOf(AttemptResult.Timeout.class);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
		}
	}

	private AttemptResult post(String url, Map<String, String> headers) {
		TargetVerdict verdict = this.guard.check(url);
		assertThat(verdict.allowed()).as(verdict.reason()).isTrue();
		return this.sender.post(URI.create(url), verdict.addresses(), headers, BODY);
	}

	/** Starts an answer and sends its headers one byte every 100 ms for ten seconds. */
	private static void trickle(ServerSocket server) {
		try (Socket socket = server.accept()) {
			InputStream in = socket.getInputStream();
			in.read(new byte[8192]);
			OutputStream out = socket.getOutputStream();
			byte[] answer = ("HTTP/1.1 200 OK\r\nX-Slow: " + "x".repeat(100) + "\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII);
			for (byte b : answer) {
				out.write(b);
				out.flush();
				Thread.sleep(100);
			}
		}
		catch (IOException | InterruptedException ex) {
			// the client hung up, which is what the test waits for
		}
	}

}
