package org.newsroom.pipeline.console.delivery;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * The parsed detail of a webhook lineage event; see the package documentation for the
 * format.
 *
 * @param deliveryId the delivery, or {@code null} when the detail had none
 * @param subscriptionId the subscription, or {@code null}
 * @param attempt the attempt number, or 0 when unknown
 * @param status the HTTP status or failure word, or {@code null}
 * @param retryAt when the next attempt is due, or {@code null} when none is
 * @param reason a note for operators, or {@code null}
 */
record DeliveryDetail(String deliveryId, String subscriptionId, int attempt, String status, Instant retryAt,
		String reason) {

	private static final String REASON = "reason=";

	/**
	 * Parses a detail.
	 * @param detail the lineage detail, may be {@code null}
	 * @return the parsed pairs
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
		return new DeliveryDetail(pairs.get("delivery"), pairs.get("subscription"), integer(pairs.get("attempt")),
				pairs.get("status"), instant(pairs.get("retry")), reason);
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
