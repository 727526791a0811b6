package org.newsroom.pipeline.support.test.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookSigningException;

/**
 * Verifies a webhook as a subscriber would: the signature with the reference library of
 * the Standard Webhooks specification ({@code com.standardwebhooks:standardwebhooks}),
 * which shares no code with the production signer, and the timestamp against the
 * specification's five minutes of tolerance around when the request arrived. The
 * library's own {@code verify} measures that tolerance from the present, which a test
 * checking deliveries of some minutes ago cannot use.
 */
public final class StandardWebhooksVerifier {

	private static final Duration TOLERANCE = Duration.ofMinutes(5);

	private final Webhook webhook;

	/**
	 * A verifier for one subscription.
	 * @param secret the subscription's {@code whsec_…} secret
	 */
	public StandardWebhooksVerifier(String secret) {
		try {
			this.webhook = new Webhook(secret);
		}
		catch (EmptyWebhookSecretException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	/**
	 * Whether a request that arrives now carries a valid signature of its id, timestamp
	 * and body.
	 * @param id the {@code webhook-id}
	 * @param timestamp the {@code webhook-timestamp}
	 * @param body the bytes received
	 * @param signatureHeader the {@code webhook-signature}
	 * @return {@code true} if one of its signatures verifies
	 */
	public boolean verifies(String id, String timestamp, byte[] body, String signatureHeader) {
		return verifies(id, timestamp, body, signatureHeader, Instant.now());
	}

	/**
	 * Whether a delivery verifies, as of when it arrived.
	 * @param delivery what the receiver kept
	 * @return {@code true} if one of its signatures verifies
	 */
	public boolean verifies(Delivery delivery) {
		return verifies(delivery.id(), delivery.timestamp(), delivery.body(), delivery.signature(),
				delivery.receivedAt());
	}

	private boolean verifies(String id, String timestamp, byte[] body, String signatureHeader, Instant arrived) {
		if (id == null || timestamp == null || signatureHeader == null) {
			return false;
		}
		long seconds;
		try {
			seconds = Long.parseLong(timestamp);
		}
		catch (NumberFormatException ex) {
			return false;
		}
		if (Math.abs(arrived.getEpochSecond() - seconds) > TOLERANCE.toSeconds()) {
			return false;
		}
		byte[] expected;
		try {
			expected = this.webhook.sign(id, seconds, new String(body, StandardCharsets.UTF_8))
				.getBytes(StandardCharsets.UTF_8);
		}
		catch (WebhookSigningException ex) {
			return false;
		}
		for (String signature : signatureHeader.split(" ")) {
			if (MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8))) {
				return true;
			}
		}
		return false;
	}

}
