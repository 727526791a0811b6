package org.newsroom.pipeline.publish.webhook.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.apache.hc.core5.ssl.SSLContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsroom.pipeline.publish.webhook.delivery.AttemptResult.ConnectionError;
import org.newsroom.pipeline.publish.webhook.delivery.AttemptResult.Response;
import org.newsroom.pipeline.publish.webhook.delivery.AttemptResult.Timeout;
import org.newsroom.pipeline.publish.webhook.delivery.RetryDecision.Action;
import org.newsroom.pipeline.publish.webhook.target.TargetGuard;
import org.newsroom.pipeline.publish.webhook.target.TestGuards;
import org.newsroom.pipeline.publish.webhook.target.TargetVerdict;
import org.newsroom.pipeline.support.test.webhook.WebhookReceiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * DNS rebinding: a name that answers a public address while the guard checks and an
 * internal one when the client connects. Every attempt connects only to the addresses its
 * check approved, and TLS still names and verifies the URL's host.
 */
class DnsRebindingTests {

	private static final byte[] BODY = "{\"type\":\"content.published\"}".getBytes(StandardCharsets.UTF_8);

	/** TEST-NET-3: public to the guard, and nobody answers there. */
	private static final String PUBLIC = "203.0.113.7";

	@Test
	void neverReachesTheLoopbackThatASecondAnswerNames() throws Exception {
		AtomicInteger lookups = new AtomicInteger();
		// "localhost": a client that asked the system again would get 127.0.0.1
		TargetGuard guard = TestGuards.allowing(List.of(),
				(host) -> List.of(address((lookups.incrementAndGet() == 1) ? PUBLIC : "127.0.0.1")));
		try (WebhookReceiver inside = WebhookReceiver.start();
				WebhookHttpSender sender = sender(SSLContexts.createSystemDefault())) {
			String url = inside.url().replace("127.0.0.1", "localhost");

			TargetVerdict first = guard.check(url);
			AttemptResult attempt = sender.post(URI.create(url), first.addresses(), Map.of(), BODY);

			assertThat(first.allowed()).isTrue();
			assertThat(inside.deliveries()).isEmpty();
			assertThat(lookups).hasValue(1);
			assertThat(attempt).isInstanceOfAny(ConnectionError.class, Timeout.class);
			if (attempt instanceof ConnectionError error) {
				assertThat(error.message()).endsWith("(checked addresses: " + PUBLIC + ")");
			}
			assertThat(RetryPolicy.classify(attempt).action()).isEqualTo(Action.RETRY);

			TargetVerdict next = guard.check(url);
			assertThat(next.allowed()).isFalse();
			assertThat(next.reason()).isEqualTo("Host localhost resolves to 127.0.0.1, a loopback address;"
					+ " allow it in configuration if this is intended");
			assertThat(inside.deliveries()).isEmpty();
		}
	}

	@Test
	void connectsToTheCheckedAddressWhileTheNameNowPointsElsewhere() throws Exception {
		// the guard approves 127.0.0.2; the system's answer for localhost is 127.0.0.1
		Listeners listeners = Listeners.onOnePort("127.0.0.2", "127.0.0.1");
		TargetGuard guard = TestGuards.allowing(List.of("127.0.0.2/32"), (host) -> List.of(address("127.0.0.2")));
		try (listeners; WebhookHttpSender sender = sender(SSLContexts.createSystemDefault())) {
			String url = "http://localhost:" + listeners.port() + "/hooks";

			for (int attempt = 0; attempt < 3; attempt++) {
				TargetVerdict verdict = guard.check(url);
				assertThat(sender.post(URI.create(url), verdict.addresses(), Map.of(), BODY))
					.isEqualTo(new Response(200));
			}

			assertThat(listeners.hits("127.0.0.2")).isEqualTo(3);
			assertThat(listeners.hits("127.0.0.1")).isZero();
		}
	}

	@Test
	void reusesAConnectionOnlyForTheAddressesItsCheckApproved() throws Exception {
		Listeners listeners = Listeners.onOnePort("127.0.0.2", "127.0.0.1");
		AtomicInteger lookups = new AtomicInteger();
		TargetGuard guard = TestGuards.allowing(List.of("127.0.0.0/30"),
				(host) -> List.of(address((lookups.incrementAndGet() % 2 == 1) ? "127.0.0.2" : "127.0.0.1")));
		try (listeners; WebhookHttpSender sender = sender(SSLContexts.createSystemDefault())) {
			String url = "http://hooks.example.test:" + listeners.port() + "/hooks";

			for (int attempt = 0; attempt < 3; attempt++) {
				TargetVerdict verdict = guard.check(url);
				assertThat(sender.post(URI.create(url), verdict.addresses(), Map.of(), BODY))
					.isEqualTo(new Response(200));
			}

			// the kept-alive connection to 127.0.0.2 does not serve the check that found
			// .1
			assertThat(listeners.hits("127.0.0.2")).isEqualTo(2);
			assertThat(listeners.hits("127.0.0.1")).isEqualTo(1);
		}
	}

	@Test
	void namesAndVerifiesTheUrlsHostOverTlsWhileConnectingToTheCheckedAddress(@TempDir Path dir) throws Exception {
		KeyStore keys = certificateFor("hooks.example.test", dir);
		TargetGuard guard = TestGuards.allowing(List.of("127.0.0.1/32"), (host) -> List.of(address("127.0.0.1")));
		try (WebhookReceiver server = WebhookReceiver.builder().tls(keys, "changeit".toCharArray()).start();
				WebhookHttpSender sender = sender(trusting(keys))) {
			String port = Integer.toString(server.port());
			String good = "https://hooks.example.test:" + port + "/hooks";
			String wrong = "https://other.example.test:" + port + "/hooks";

			AttemptResult matching = sender.post(URI.create(good), guard.check(good).addresses(), Map.of(), BODY);
			AttemptResult mismatched = sender.post(URI.create(wrong), guard.check(wrong).addresses(), Map.of(), BODY);

			assertThat(matching).isEqualTo(new Response(200));
			assertThat(mismatched).isInstanceOf(ConnectionError.class);
			assertThat(((ConnectionError) mismatched).message()).contains("other.example.test");
			assertThat(server.serverNames()).containsExactly("hooks.example.test", "other.example.test");
		}
	}

	private static WebhookHttpSender sender(SSLContext tls) {
		return WebhookHttpSender.create(Duration.ofMillis(500), Duration.ofSeconds(2), 2, tls);
	}

	private static InetAddress address(String literal) {
		try {
			return InetAddress.getByName(literal);
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException(literal, ex);
		}
	}

	/** A self-signed certificate for one DNS name, made by the JDK's keytool. */
	private static KeyStore certificateFor(String name, Path dir) throws Exception {
		Path store = dir.resolve("hook.p12");
		Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
				"-genkeypair", "-alias", "hook", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + name,
				"-ext", "SAN=dns:" + name, "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
				"-storepass", "changeit", "-keypass", "changeit")
			.redirectErrorStream(true)
			.start();
		String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(keytool.waitFor(30, TimeUnit.SECONDS) && keytool.exitValue() == 0).as(output).isTrue();
		KeyStore keys = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(store)) {
			keys.load(in, "changeit".toCharArray());
		}
		return keys;
	}

	private static SSLContext trusting(KeyStore keys) throws Exception {
		KeyStore trusted = KeyStore.getInstance("PKCS12");
		trusted.load(null, null);
		trusted.setCertificateEntry("hook", keys.getCertificate("hook"));
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(trusted);
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, trust.getTrustManagers(), null);
		return context;
	}

	/** Subscribers on two loopback addresses that share one port. */
	private record Listeners(int port, Map<String, WebhookReceiver> receivers) implements AutoCloseable {

		static Listeners onOnePort(String... addresses) throws IOException {
			for (int tries = 0; tries < 20; tries++) {
				Map<String, WebhookReceiver> receivers = new LinkedHashMap<>();
				try {
					int port = 0;
					for (String address : addresses) {
						WebhookReceiver receiver = WebhookReceiver.builder().address(address).port(port).start();
						port = receiver.port();
						receivers.put(address, receiver);
					}
					return new Listeners(port, receivers);
				}
				catch (BindException ex) {
					receivers.values().forEach(WebhookReceiver::close);
				}
				catch (IOException ex) {
					receivers.values().forEach(WebhookReceiver::close);
					assumeTrue(false, "this machine cannot listen on " + Set.of(addresses) + ": " + ex);
				}
			}
			throw new IllegalStateException("No port free on " + Set.of(addresses));
		}

		int hits(String address) {
			return this.receivers.get(address).deliveries().size();
		}

		@Override
		public void close() {
			this.receivers.values().forEach(WebhookReceiver::close);
		}

	}

}
