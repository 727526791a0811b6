package org.newsroom.pipeline.console;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A cookie-keeping HTTP client that uses the console as a browser would: it logs in
 * through the login form and sends forms with the CSRF token of the page they are on.
 */
final class ConsoleBrowser {

	private final String base;

	private final HttpClient http;

	private String csrf;

	ConsoleBrowser(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	static ConsoleBrowser loggedIn(int port, String user, String password) {
		ConsoleBrowser browser = new ConsoleBrowser(port);
		HttpResponse<String> response = browser.login(user, password);
		if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("login of " + user + " failed: " + response.statusCode());
		}
		return browser;
	}

	HttpResponse<String> login(String user, String password) {
		page("/login");
		return post("/login", Map.of("username", user, "password", password));
	}

	/** GETs a page as HTML and remembers its CSRF token for the next form. */
	Document page(String path) {
		HttpResponse<String> response = get(path);
		if (response.statusCode() != 200) {
			throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
		}
		Document document = Jsoup.parse(response.body());
		Element token = document.selectFirst("input[name=_csrf]");
		if (token != null) {
			this.csrf = token.val();
		}
		return document;
	}

	HttpResponse<String> get(String path) {
		return get(path, "text/html");
	}

	HttpResponse<String> get(String path, String accept) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept", accept).GET());
	}

	HttpResponse<String> post(String path, Map<String, String> form) {
		List<Map.Entry<String, String>> fields = new ArrayList<>(form.entrySet());
		return postFields(path, fields);
	}

	HttpResponse<String> postFields(String path, List<Map.Entry<String, String>> fields) {
		Map<String, String> withToken = new LinkedHashMap<>();
		List<Map.Entry<String, String>> all = new ArrayList<>(fields);
		if (this.csrf != null) {
			withToken.put("_csrf", this.csrf);
			all.addAll(withToken.entrySet());
		}
		String body = all.stream()
			.map((e) -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	static HttpResponse<String> getWithBasic(int port, String path, String user, String password) {
		String credentials = Base64.getEncoder()
			.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		return new ConsoleBrowser(port).send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + credentials)
			.header("Accept", "application/json")
			.GET());
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
