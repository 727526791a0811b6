package org.newsroom.pipeline.publish.webhook.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.newsroom.pipeline.publish.webhook.WebhookProperties.EncryptionKey;

/**
 * Encrypts signing secrets for the store with AES-GCM: a random 12-byte nonce per value,
 * the subscription id as associated data, so a value copied to another subscription does
 * not decrypt. The first configured key encrypts; every configured key decrypts what was
 * written with it.
 */
public final class SecretCipher {

	static final String PROPERTY = "publish.webhooks.secret-keys";

	static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final Set<Integer> KEY_BYTES = Set.of(16, 24, 32);

	private final String currentId;

	private final Map<String, SecretKey> keys = new LinkedHashMap<>();

	private final SecureRandom random;

	SecretCipher(List<EncryptionKey> keys, SecureRandom random) {
		if (keys.isEmpty()) {
			throw new IllegalStateException(PROPERTY + " lists no key; webhook secrets are stored encrypted, so give"
					+ " it at least one (id and key, e.g. openssl rand -base64 32)");
		}
		for (int i = 0; i < keys.size(); i++) {
			EncryptionKey key = keys.get(i);
			if (key.id() == null || key.id().isBlank() || this.keys.containsKey(key.id())) {
				throw new IllegalStateException(PROPERTY + "[" + i + "].id must name the key, once");
			}
			this.keys.put(key.id(), new SecretKeySpec(decode(key.key(), i), "AES"));
		}
		this.currentId = keys.get(0).id();
		this.random = random;
	}

	/**
	 * Encrypts a secret with the current key.
	 * @param secret the plain secret
	 * @param subscriptionId the subscription it signs for
	 * @return the encrypted value
	 */
	public Sealed seal(String secret, String subscriptionId) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		Cipher cipher = cipher(Cipher.ENCRYPT_MODE, this.keys.get(this.currentId), nonce, subscriptionId);
		try {
			return new Sealed(this.currentId, nonce, cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM failed to encrypt", ex);
		}
	}

	/**
	 * Decrypts a secret with the key it was written with.
	 * @param sealed the encrypted value
	 * @param subscriptionId the subscription it belongs to
	 * @return the plain secret
	 * @throws UnreadableSecretException if no configured key has its id, or the value was
	 * changed or belongs to another subscription
	 */
	public String open(Sealed sealed, String subscriptionId) {
		SecretKey key = this.keys.get(sealed.keyId());
		if (key == null) {
			throw new UnreadableSecretException(
					"it is encrypted with key '" + sealed.keyId() + "', which " + PROPERTY + " does not list");
		}
		try {
			return new String(
					cipher(Cipher.DECRYPT_MODE, key, sealed.nonce(), subscriptionId).doFinal(sealed.ciphertext()),
					StandardCharsets.UTF_8);
		}
		catch (AEADBadTagException ex) {
			throw new UnreadableSecretException("it does not decrypt with key '" + sealed.keyId() + "'");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM failed to decrypt", ex);
		}
	}

	/**
	 * Whether a value is encrypted with the key that encrypts new values.
	 * @param sealed the value
	 * @return {@code true} if it needs no new encryption
	 */
	public boolean isCurrent(Sealed sealed) {
		return this.currentId.equals(sealed.keyId());
	}

	public String currentKeyId() {
		return this.currentId;
	}

	private static Cipher cipher(int mode, SecretKey key, byte[] nonce, String subscriptionId) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(subscriptionId.getBytes(StandardCharsets.UTF_8));
			return cipher;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	private static byte[] decode(String key, int index) {
		String property = PROPERTY + "[" + index + "].key";
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode((key != null) ? key.strip() : "");
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(property + " is not base64");
		}
		if (!KEY_BYTES.contains(bytes.length)) {
			throw new IllegalStateException(
					property + " must be the base64 of 16, 24 or 32 random bytes, e.g. openssl rand -base64 32");
		}
		return bytes;
	}

	/**
	 * A secret as stored.
	 *
	 * @param keyId the id of the key that encrypted it
	 * @param nonce the 12-byte nonce
	 * @param ciphertext the encrypted secret and its 16-byte tag
	 */
	public record Sealed(String keyId, byte[] nonce, byte[] ciphertext) {
	}

	/** A stored secret that no configured key decrypts. */
	public static final class UnreadableSecretException extends RuntimeException {

		UnreadableSecretException(String reason) {
			super(reason);
		}

	}

}
