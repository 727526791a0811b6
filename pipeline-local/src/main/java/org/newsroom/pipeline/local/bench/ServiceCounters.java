package org.newsroom.pipeline.local.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Each service's own count of MongoDB commands (the driver's command listener, which
 * Spring Boot binds to Micrometer) and of Kafka records it sent, read from its Prometheus
 * endpoint, so a run can say what one item costs in round trips.
 */
final class ServiceCounters {

	static final String COMMANDS = "mongodb_driver_commands_seconds_count";

	static final String SENDS = "pipeline_kafka_sends_total";

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private ServiceCounters() {
	}

	/**
	 * Reads the counters of every service.
	 * @param services base URL by service name
	 * @return commands and sends by service; a service that does not answer is left out
	 */
	static Map<String, Count> read(Map<String, URI> services) {
		Map<String, Count> counts = new LinkedHashMap<>();
		services.forEach((name, url) -> {
			try {
				HttpResponse<String> response = http.send(HttpRequest.newBuilder(url.resolve("/actuator/prometheus"))
					.timeout(Duration.ofSeconds(10))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					counts.put(name, new Count(sum(response.body(), COMMANDS), sum(response.body(), SENDS)));
				}
			}
			catch (IOException ex) {
				// left out: the run reports what it could read
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		return counts;
	}

	/**
	 * What each service spent per item between two readings.
	 * @param before the first reading
	 * @param after the second reading
	 * @param items the items of the run
	 * @return commands and sends per item by service
	 */
	static Map<String, Count> perItem(Map<String, Count> before, Map<String, Count> after, int items) {
		Map<String, Count> perItem = new LinkedHashMap<>();
		after.forEach((name, count) -> {
			Count start = before.getOrDefault(name, new Count(0, 0));
			perItem.put(name, new Count(hundredths((count.commands() - start.commands()) / Math.max(1, items)),
					hundredths((count.sends() - start.sends()) / Math.max(1, items))));
		});
		return perItem;
	}

	private static double hundredths(double value) {
		return Math.round(value * 100) / 100.0;
	}

	static double sum(String prometheus, String metric) {
		double sum = 0;
		for (String line : prometheus.split("\n")) {
			if (line.startsWith(metric + "{") || line.startsWith(metric + " ")) {
				sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
			}
		}
		return sum;
	}

	/**
	 * MongoDB commands and Kafka sends.
	 *
	 * @param commands commands sent to MongoDB
	 * @param sends records sent to Kafka
	 */
	record Count(double commands, double sends) {
	}

}
