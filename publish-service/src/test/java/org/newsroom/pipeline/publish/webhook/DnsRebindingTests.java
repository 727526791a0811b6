package org.newsroom.pipeline.publish.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIMatcher;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.StandardConstants;
import javax.net.ssl.TrustManagerFactory;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import org.apache.hc.core5.ssl.SSLContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsroom.pipeline.publish.support.Receiver;
import org.newsroom.pipeline.publish.webhook.AttemptResult.ConnectionError;
import org.newsroom.pipeline.publish.webhook.AttemptResult.Response;
import org.newsroom.pipeline.publish.webhook.AttemptResult.Timeout;
import org.newsroom.pipeline.publish.webhook.RetryDecision.Action;

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
		TargetGuard guard = new TargetGuard(TargetPolicy.strict(),
				(host) -> List.of(address((lookups.incrementAndGet() == 1) ? PUBLIC : "127.0.0.1")));
		try (Receiver inside = new Receiver(); WebhookHttpSender sender = sender(SSLContexts.createSystemDefault())) {
			String url = inside.url().replace("127.0.0.1", "localhost");

			TargetVerdict first = guard.check(url);
			AttemptResult attempt = sender.post(URI.create(url), first.addresses(), Map.of(), BODY);

			assertThat(first.allowed()).isTrue();
			assertThat(inside.requests()).isEmpty();
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
			assertThat(inside.requests()).isEmpty();
		}
	}

	@Test
	void connectsToTheCheckedAddressWhileTheNameNowPointsElsewhere() throws Exception {
		// the guard approves 127.0.0.2; the system's answer for localhost is 127.0.0.1
		Listeners listeners = Listeners.onOnePort("127.0.0.2", "127.0.0.1");
		TargetGuard guard = new TargetGuard(new TargetPolicy(List.of(), List.of("127.0.0.2/32")),
				(host) -> List.of(address("127.0.0.2")));
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
		TargetGuard guard = new TargetGuard(new TargetPolicy(List.of(), List.of("127.0.0.0/30")),
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
		List<String> serverNames = new CopyOnWriteArrayList<>();
		HttpsServer server = httpsServer(keys, serverNames);
		TargetGuard guard = new TargetGuard(new TargetPolicy(List.of(), List.of("127.0.0.1/32")),
				(host) -> List.of(address("127.0.0.1")));
		try (WebhookHttpSender sender = sender(trusting(keys))) {
			String port = Integer.toString(server.getAddress().getPort());
			String good = "https://hooks.example.test:" + port + "/hooks";
			String wrong = "https://other.example.test:" + port + "/hooks";

			AttemptResult matching = sender.post(URI.create(good), guard.check(good).addresses(), Map.of(), BODY);
			AttemptResult mismatched = sender.post(URI.create(wrong), guard.check(wrong).addresses(), Map.of(), BODY);

			assertThat(matching).isEqualTo(new Response(200));
			assertThat(mismatched).isInstanceOf(ConnectionError.class);
			assertThat(((ConnectionError) mismatched).message()).contains("other.example.test");
			assertThat(serverNames).containsExactly("hooks.example.test", "other.example.test");
		}
		finally {
			server.stop(0);
		}
	}

	private static WebhookHttpSender sender(SSLContext tls) {
		return WebhookHttpSender.create(Duration.ofMillis(500), Duration.ofSeconds(2), 2, tls);
	}

	private static InetAddress address(String literal) throws UnknownHostException {
		return InetAddress.getByName(literal);
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

	/** An https subscriber on 127.0.0.1 that notes the name each client asked for. */
	private static HttpsServer httpsServer(KeyStore keys, List<String> serverNames) throws Exception {
		KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keyManagers.init(keys, "changeit".toCharArray());
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(keyManagers.getKeyManagers(), null, null);
		SNIMatcher recording = new SNIMatcher(StandardConstants.SNI_HOST_NAME) {
			@Override
			public boolean matches(SNIServerName name) {
				serverNames.add(new SNIHostName(name.getEncoded()).getAsciiName());
				return true;
			}
		};
		HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.setHttpsConfigurator(new HttpsConfigurator(context) {
			@Override
			public void configure(HttpsParameters params) {
				SSLParameters parameters = context.getDefaultSSLParameters();
				parameters.setSNIMatchers(List.of(recording));
				params.setSSLParameters(parameters);
			}
		});
		server.createContext("/", (exchange) -> {
			exchange.getRequestBody().readAllBytes();
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		server.start();
		return server;
	}

	/** Subscribers on two loopback addresses that share one port, counting requests. */
	private record Listeners(int port, List<HttpServer> servers,
			Map<String, AtomicInteger> hits) implements AutoCloseable {

		static Listeners onOnePort(String... addresses) throws IOException {
			for (int tries = 0; tries < 20; tries++) {
				Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
				List<HttpServer> servers = new CopyOnWriteArrayList<>();
				try {
					int port = 0;
					for (String address : addresses) {
						HttpServer server = bind(address, port, hits);
						port = server.getAddress().getPort();
						servers.add(server);
					}
					return new Listeners(port, servers, hits);
				}
				catch (BindException ex) {
					servers.forEach((server) -> server.stop(0));
				}
				catch (IOException ex) {
					servers.forEach((server) -> server.stop(0));
					assumeTrue(false, "this machine cannot listen on " + Set.of(addresses) + ": " + ex);
				}
			}
			throw new IllegalStateException("No port free on " + Set.of(addresses));
		}

		private static HttpServer bind(String address, int port, Map<String, AtomicInteger> hits) throws IOException {
			HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 0);
			AtomicInteger count = hits.computeIfAbsent(address, (key) -> new AtomicInteger());
			server.createContext("/", (exchange) -> {
				exchange.getRequestBody().readAllBytes();
				count.incrementAndGet();
				exchange.sendResponseHeaders(200, -1);
				exchange.close();
			});
			server.start();
			return server;
		}

		int hits(String address) {
			return this.hits.get(address).get();
		}

		@Override
		public void close() {
			this.servers.forEach((server) -> server.stop(0));
		}

	}

}
