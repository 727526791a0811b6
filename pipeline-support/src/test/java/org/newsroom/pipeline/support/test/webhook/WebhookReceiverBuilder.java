package org.newsroom.pipeline.support.test.webhook;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIMatcher;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.StandardConstants;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;

/**
 * Settings of a {@link WebhookReceiver}: where it listens, whether over TLS, and how it
 * answers.
 */
public final class WebhookReceiverBuilder {

	private String address = "127.0.0.1";

	private int port;

	private final Deque<Answer> script = new ArrayDeque<>();

	private Function<Delivery, Answer> answer = (delivery) -> Answer.status(200);

	private KeyStore keys;

	private char[] password;

	WebhookReceiverBuilder() {
	}

	/** Listens on this loopback address instead of 127.0.0.1. */
	public WebhookReceiverBuilder address(String address) {
		this.address = address;
		return this;
	}

	/** Listens on this port instead of a free one. */
	public WebhookReceiverBuilder port(int port) {
		this.port = port;
		return this;
	}

	/** Answers these statuses in turn before the answer function takes over. */
	public WebhookReceiverBuilder statuses(int... statuses) {
		for (int status : statuses) {
			this.script.add(Answer.status(status));
		}
		return this;
	}

	/** Answers each unscripted delivery as this function decides; it may block. */
	public WebhookReceiverBuilder answer(Function<Delivery, Answer> answer) {
		this.answer = answer;
		return this;
	}

	/** Serves HTTPS with the first key of this store, noting each requested host name. */
	public WebhookReceiverBuilder tls(KeyStore keys, char[] password) {
		this.keys = keys;
		this.password = password;
		return this;
	}

	/**
	 * Binds and starts the receiver.
	 * @return the running receiver
	 * @throws java.net.BindException if the port is taken
	 * @throws IOException if the address cannot be bound
	 */
	public WebhookReceiver start() throws IOException {
		InetSocketAddress bind = new InetSocketAddress(this.address, this.port);
		List<String> serverNames = new CopyOnWriteArrayList<>();
		if (this.keys == null) {
			return new WebhookReceiver(HttpServer.create(bind, 0), "http", new ArrayDeque<>(this.script), this.answer,
					serverNames);
		}
		HttpsServer server = HttpsServer.create(bind, 0);
		server.setHttpsConfigurator(configurator(tls(), serverNames));
		return new WebhookReceiver(server, "https", new ArrayDeque<>(this.script), this.answer, serverNames);
	}

	private SSLContext tls() {
		try {
			KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
			keyManagers.init(this.keys, this.password);
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(keyManagers.getKeyManagers(), null, null);
			return context;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The receiver's key store is unusable", ex);
		}
	}

	private static HttpsConfigurator configurator(SSLContext context, List<String> serverNames) {
		SNIMatcher recording = new SNIMatcher(StandardConstants.SNI_HOST_NAME) {
			@Override
			public boolean matches(SNIServerName name) {
				serverNames.add(new SNIHostName(name.getEncoded()).getAsciiName());
				return true;
			}
		};
		return new HttpsConfigurator(context) {
			@Override
			public void configure(HttpsParameters params) {
				SSLParameters parameters = context.getDefaultSSLParameters();
				parameters.setSNIMatchers(List.of(recording));
				params.setSSLParameters(parameters);
			}
		};
	}

}
