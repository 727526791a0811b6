package org.newsroom.pipeline.contract.lineage;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * The detail of a webhook delivery step: publish writes it on every attempt (stage
 * {@code webhook}), the console reads it back to list deliveries and to offer a
 * redelivery.
 *
 * <p>
 * The detail is a list of {@code key=value} pairs separated by single spaces:
 *
 * <pre>
 * delivery=&lt;delivery id&gt; subscription=&lt;subscription id&gt; status=&lt;status&gt; attempt=&lt;n&gt; [retry=&lt;ISO-8601 instant&gt;] [reason=&lt;free text&gt;]
 * </pre>
 *
 * <ul>
 * <li>{@code delivery}: the delivery's id in publish, the argument of a {@code REDELIVER}
 * command.</li>
 * <li>{@code subscription}: the subscription's id, the argument of
 * {@code DISABLE_SUBSCRIPTION} and {@code ENABLE_SUBSCRIPTION}.</li>
 * <li>{@code status}: the HTTP status code the endpoint answered, or a word when there
 * was no answer: {@code timeout}, {@code refused} (the target guard or an open circuit
 * breaker), {@code error}, {@code superseded} (a newer event replaced it unsent).</li>
 * <li>{@code attempt}: the attempt number, from 1.</li>
 * <li>{@code retry}: when the next attempt is due; present only on a failed attempt that
 * will be retried. A failed attempt without it failed for good.</li>
 * <li>{@code reason}: a note for operators; always last, it runs to the end of the detail
 * and may contain spaces.</li>
 * </ul>
 * Values other than {@code reason} contain no spaces; a reader ignores keys it does not
 * know and tolerates missing ones, so the format can grow. Example:
 * {@code delivery=d-42 subscription=s-7 status=503 attempt=3 retry=2026-01-05T10:15:30Z reason=Service Unavailable}.
 *
 * @param deliveryId the delivery, or {@code null} when the detail had none
 * @param subscriptionId the subscription, or {@code null}
 * @param status the HTTP status or failure word, or {@code null}
 * @param attempt the attempt number, or 0 when unknown
 * @param retryAt when the next attempt is due, or {@code null} when none is
 * @param reason a note for operators, or {@code null}
 */
public record DeliveryDetail(String deliveryId, String subscriptionId, String status, int attempt, Instant retryAt,
		String reason) {

	private static final String DELIVERY = "delivery";

	private static final String SUBSCRIPTION = "subscription";

	private static final String STATUS = "status";

	private static final String ATTEMPT = "attempt";

	private static final String RETRY = "retry";

	private static final String REASON = "reason=";

	/**
	 * The detail as publish writes it.
	 * @return the {@code key=value} text
	 */
	public String format() {
		return DELIVERY + "=" + this.deliveryId + " " + SUBSCRIPTION + "=" + this.subscriptionId + " " + STATUS + "="
				+ this.status + " " + ATTEMPT + "=" + this.attempt
				+ ((this.retryAt != null) ? " " + RETRY + "=" + this.retryAt : "")
				+ ((this.reason != null) ? " " + REASON + this.reason : "");
	}

	/**
	 * Reads a detail.
	 * @param detail the lineage detail, may be {@code null}
	 * @return what it says; fields it does not name are {@code null} or 0
	 */
	public static DeliveryDetail parse(String detail) {
		Map<String, String> pairs = new HashMap<>();
		String rest = (detail != null) ? detail.strip() : "";
		int reasonAt = rest.startsWith(REASON) ? 0 : rest.indexOf(" " + REASON);
		String reason = null;
		if (reasonAt >= 0) {
			reason = rest.substring(rest.indexOf(REASON, reasonAt) + REASON.length());
			rest = rest.substring(0, reasonAt);
		}
		for (String token : rest.split(" ")) {
			int eq = token.indexOf('=');
			if (eq > 0) {
				pairs.put(token.substring(0, eq), token.substring(eq + 1));
			}
		}
		return new DeliveryDetail(pairs.get(DELIVERY), pairs.get(SUBSCRIPTION), pairs.get(STATUS),
				integer(pairs.get(ATTEMPT)), instant(pairs.get(RETRY)), reason);
	}

	private static int integer(String value) {
		try {
			return (value != null) ? Integer.parseInt(value) : 0;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static Instant instant(String value) {
		try {
			return (value != null) ? Instant.parse(value) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
