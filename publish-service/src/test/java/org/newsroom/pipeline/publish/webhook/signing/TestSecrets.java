package org.newsroom.pipeline.publish.webhook.signing;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;

import org.newsroom.pipeline.publish.webhook.WebhookProperties.EncryptionKey;

/**
 * Secrets, signers and ciphers for the tests of the features that sign or store secrets.
 */
public final class TestSecrets {

	public static final EncryptionKey OLD = key("2024-01");

	public static final EncryptionKey NEW = key("2025-06");

	private TestSecrets() {
	}

	public static String secret() {
		return new WebhookSecrets().generate();
	}

	public static WebhookSigner signer(Clock clock) {
		return new WebhookSigner(clock);
	}

	public static SecretCipher cipher(EncryptionKey... keys) {
		return new SecretCipher(List.of(keys), new SecureRandom());
	}

	static EncryptionKey key(String id) {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return new EncryptionKey(id, Base64.getEncoder().encodeToString(key));
	}

}
