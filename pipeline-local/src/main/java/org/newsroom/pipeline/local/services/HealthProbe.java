package org.newsroom.pipeline.local.services;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Asks a service's actuator whether it is ready.
 */
final class HealthProbe {

	private static final Duration TIMEOUT = Duration.ofSeconds(2);

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	/**
	 * The service's readiness, from {@code /actuator/health/readiness} or, where the
	 * probes group is not exposed, {@code /actuator/health}.
	 * @param baseUrl e.g. {@code http://localhost:8081}
	 * @return what the service answered
	 */
	Health check(URI baseUrl) {
		Health readiness = get(baseUrl.resolve("/actuator/health/readiness"));
		return (readiness == Health.NOT_FOUND) ? get(baseUrl.resolve("/actuator/health")) : readiness;
	}

	private Health get(URI uri) {
		HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
		try {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			return Health.of(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			return Health.UNREACHABLE;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Health.UNREACHABLE;
		}
	}

	/** What a health endpoint answered. */
	enum Health {

		/** Status UP. */
		UP,
		/** Answered, but not UP (yet). */
		DOWN,
		/** The endpoint does not exist. */
		NOT_FOUND,
		/** Health needs credentials: the HTTP server runs, its state is unknown. */
		SECURED,
		/** Nothing listens yet. */
		UNREACHABLE;

		static Health of(int status, String body) {
			if (status == 404) {
				return NOT_FOUND;
			}
			if (status == 401 || status == 403) {
				return SECURED;
			}
			return (status == 200 && body.contains("\"UP\"")) ? UP : DOWN;
		}

		boolean isStarted() {
			return this == UP || this == SECURED;
		}

	}

}
