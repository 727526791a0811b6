package org.newsroom.pipeline.support.test.webhook;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a {@link WebhookReceiver} answers one delivery.
 *
 * @param status the HTTP status
 * @param headers response headers, such as {@code Retry-After} or {@code Location}
 * @param delay how long the answer is held back, to be a slow subscriber
 */
public record Answer(int status, Map<String, String> headers, Duration delay) {

	/**
	 * An immediate answer without headers.
	 * @param status the HTTP status
	 * @return the answer
	 */
	public static Answer status(int status) {
		return new Answer(status, Map.of(), Duration.ZERO);
	}

	/**
	 * This answer with one more response header.
	 * @param name the header name
	 * @param value its value
	 * @return the new answer
	 */
	public Answer withHeader(String name, String value) {
		Map<String, String> more = new LinkedHashMap<>(this.headers);
		more.put(name, value);
		return new Answer(this.status, Map.copyOf(more), this.delay);
	}

	/**
	 * This answer, sent only after a delay; the request stays open meanwhile.
	 * @param delay how long to hold it back
	 * @return the new answer
	 */
	public Answer after(Duration delay) {
		return new Answer(this.status, this.headers, delay);
	}

}
