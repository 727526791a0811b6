package org.newsroom.pipeline.local.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service tells over HTTP: readiness, heap in use, its process id, and plain GETs
 * and POSTs as operator.
 */
final class ServiceProbe {

	private static final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final Pattern HEAP = Pattern
		.compile("^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} ([0-9.eE+]+)", Pattern.MULTILINE);

	private ServiceProbe() {
	}

	/**
	 * The HTTP status of {@code /actuator/health/readiness}: 200 UP, 503 DOWN, -1 no
	 * answer.
	 */
	static int readiness(URI service) {
		try {
			return get(service.resolve("/actuator/health/readiness")).statusCode();
		}
		catch (IOException ex) {
			return -1;
		}
	}

	/** Heap in use, summed over the heap pools, from {@code /actuator/prometheus}. */
	static long heapUsed(URI service) throws IOException {
		Matcher matcher = HEAP.matcher(get(service.resolve("/actuator/prometheus")).body());
		double sum = 0;
		while (matcher.find()) {
			sum += Double.parseDouble(matcher.group(1));
		}
		return (long) sum;
	}

	/** The pid of the child JVM serving a port, or -1. */
	static long pid(URI service) {
		String argument = "--server.port=" + service.getPort();
		return ProcessHandle.current()
			.descendants()
			.filter((process) -> process.info().arguments().map((args) -> contains(args, argument)).orElse(false))
			.mapToLong(ProcessHandle::pid)
			.findFirst()
			.orElse(-1);
	}

	static HttpResponse<String> get(URI uri) throws IOException {
		return send(HttpRequest.newBuilder(uri).header("Authorization", operator()).GET());
	}

	/** A GET as the audience makes it: without credentials. */
	static HttpResponse<String> getAnonymously(URI uri) throws IOException {
		return send(HttpRequest.newBuilder(uri).GET());
	}

	static HttpResponse<String> postJson(URI uri, String json) throws IOException {
		return send(HttpRequest.newBuilder(uri)
			.header("Authorization", operator())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	/** POSTs a body to ingest's HTTP ingress as the local CMS. */
	static int postEvent(URI ingest, String contentType, String body) throws IOException {
		return send(HttpRequest.newBuilder(ingest.resolve("/api/v1/events"))
			.header("Authorization", "Bearer local-cms-token")
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body))).statusCode();
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
		try {
			return client.send(request.timeout(Duration.ofSeconds(45)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	private static boolean contains(String[] args, String wanted) {
		for (String arg : args) {
			if (arg.equals(wanted)) {
				return true;
			}
		}
		return false;
	}

	private static String operator() {
		return "Basic " + Base64.getEncoder().encodeToString("operator:operator".getBytes(StandardCharsets.UTF_8));
	}

}
