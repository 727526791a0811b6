package org.newsroom.pipeline.publish.webhook.signing;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook requests per Standard Webhooks: {@code webhook-signature} is
 * {@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">}.
 */
public final class WebhookSigner {

	/** The header with the message id, the same on every retry. */
	private static final String ID_HEADER = "webhook-id";

	/** The header with the signing time in unix seconds. */
	private static final String TIMESTAMP_HEADER = "webhook-timestamp";

	/** The header with the signatures. */
	private static final String SIGNATURE_HEADER = "webhook-signature";

	private final Clock clock;

	/**
	 * Creates a signer.
	 * @param clock the time stamped on each request
	 */
	WebhookSigner(Clock clock) {
		this.clock = clock;
	}

	/**
	 * The headers of one attempt; each retry signs again with a fresh timestamp.
	 * @param messageId the delivery id
	 * @param body the exact bytes sent
	 * @param secrets the subscription's secrets, more than one while a secret is rotated
	 * @return the three headers in order
	 */
	public Map<String, String> headers(String messageId, byte[] body, List<String> secrets) {
		if (secrets.isEmpty()) {
			throw new IllegalArgumentException("A webhook needs at least one secret to be signed");
		}
		long timestamp = this.clock.instant().getEpochSecond();
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put(ID_HEADER, messageId);
		headers.put(TIMESTAMP_HEADER, Long.toString(timestamp));
		headers.put(SIGNATURE_HEADER,
				secrets.stream()
					.map((secret) -> sign(secret, messageId, timestamp, body))
					.collect(Collectors.joining(" ")));
		return headers;
	}

	/**
	 * One signature.
	 * @param secret the {@code whsec_} secret
	 * @param messageId the message id
	 * @param timestamp unix seconds
	 * @param body the exact bytes sent
	 * @return {@code v1,} and the base64 HMAC-SHA256
	 */
	static String sign(String secret, String messageId, long timestamp, byte[] body) {
		Mac mac = hmac(WebhookSecrets.key(secret));
		mac.update((messageId + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
		return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
	}

	private static Mac hmac(byte[] key) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac;
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
