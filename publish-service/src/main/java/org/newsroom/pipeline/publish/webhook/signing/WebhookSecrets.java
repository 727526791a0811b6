package org.newsroom.pipeline.publish.webhook.signing;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Creates and reads Standard Webhooks signing secrets: {@code whsec_} followed by the
 * base64 of the key.
 */
public final class WebhookSecrets {

	/** The prefix of every secret. */
	private static final String PREFIX = "whsec_";

	/** Key length; the specification asks for 24 to 64 bytes, 32 matches SHA-256. */
	static final int KEY_BYTES = 32;

	private static final int MIN_KEY_BYTES = 24;

	private final SecureRandom random;

	/**
	 * Creates a generator.
	 * @param random the source of key bytes
	 */
	WebhookSecrets(SecureRandom random) {
		this.random = random;
	}

	/** Creates a generator on a fresh {@link SecureRandom}. */
	WebhookSecrets() {
		this(new SecureRandom());
	}

	/**
	 * A new secret for a subscription.
	 * @return {@code whsec_} and the base64 of 32 random bytes
	 */
	public String generate() {
		byte[] key = new byte[KEY_BYTES];
		this.random.nextBytes(key);
		return PREFIX + Base64.getEncoder().encodeToString(key);
	}

	/**
	 * The key bytes of a secret; the prefix is optional, as in the reference libraries.
	 * @param secret the secret
	 * @return the decoded key
	 * @throws IllegalArgumentException if the secret is not base64 of at least 24 bytes;
	 * the message never repeats the secret
	 */
	static byte[] key(String secret) {
		if (secret == null) {
			throw new IllegalArgumentException("No webhook secret");
		}
		String encoded = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
		byte[] key;
		try {
			key = Base64.getDecoder().decode(encoded);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("The webhook secret is not base64");
		}
		if (key.length < MIN_KEY_BYTES) {
			throw new IllegalArgumentException("The webhook secret is shorter than " + MIN_KEY_BYTES + " bytes");
		}
		return key;
	}

}
