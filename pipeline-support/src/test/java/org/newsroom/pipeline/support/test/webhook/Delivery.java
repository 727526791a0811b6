package org.newsroom.pipeline.support.test.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/**
 * One webhook request as a subscriber received it.
 *
 * @param headers lower-case header names to their first value
 * @param body the bytes received
 * @param receivedAt when the request arrived
 */
public record Delivery(Map<String, String> headers, byte[] body, Instant receivedAt) {

	/** The {@code webhook-id}, the same on every attempt of one delivery. */
	public String id() {
		return this.headers.get("webhook-id");
	}

	/** The {@code webhook-timestamp}, seconds since the epoch. */
	public String timestamp() {
		return this.headers.get("webhook-timestamp");
	}

	/** The {@code webhook-signature}: space-separated {@code v1,<base64>} entries. */
	public String signature() {
		return this.headers.get("webhook-signature");
	}

	/** The body as UTF-8 text. */
	public String text() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

}
