package org.newsroom.pipeline.publish.webhook.subscription;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.newsroom.pipeline.publish.webhook.signing.SecretCipher;
import org.newsroom.pipeline.publish.webhook.signing.SecretCipher.Sealed;
import org.newsroom.pipeline.publish.webhook.signing.SecretCipher.UnreadableSecretException;
import org.newsroom.pipeline.publish.webhook.subscription.Subscription.SigningSecret;
import org.springframework.stereotype.Component;

/**
 * Signing secrets as the store holds them: each encrypted by {@link SecretCipher} under
 * {@code keyId}, {@code nonce} and {@code ciphertext}, never in plain text. A version
 * before encryption stored the plain secret under {@code value}; such a secret is still
 * read, and encrypted at the next start.
 */
@Component
final class StoredSecrets {

	private static final Logger logger = LoggerFactory.getLogger(StoredSecrets.class);

	private final SecretCipher cipher;

	StoredSecrets(SecretCipher cipher) {
		this.cipher = cipher;
	}

	List<Document> documents(String subscriptionId, List<SigningSecret> secrets) {
		return secrets.stream().map((secret) -> document(subscriptionId, secret)).toList();
	}

	/**
	 * The secrets that a configured key decrypts; one that none does is left out, so it
	 * signs nothing and a rotation drops it.
	 */
	List<SigningSecret> secrets(String subscriptionId, List<Document> documents) {
		List<SigningSecret> secrets = new ArrayList<>();
		for (Document document : documents) {
			try {
				secrets.add(new SigningSecret(plain(subscriptionId, document), instant(document.getDate("createdAt")),
						instant(document.getDate("expiresAt"))));
			}
			catch (UnreadableSecretException ex) {
				// reported at start-up by resealed()
			}
		}
		return secrets;
	}

	/**
	 * The secrets of a subscription encrypted again with the current key, where some are
	 * in plain text or under an older key.
	 * @return what to store instead, or {@code null} if every secret is current or some
	 * secret cannot be read, which is logged, since writing would lose it
	 */
	List<Document> resealed(String subscriptionId, List<Document> stored) {
		String unreadable = unreadable(subscriptionId, stored);
		if (unreadable != null) {
			logger.error("A signing secret of webhook subscription {} cannot be read: {}; until that key is back in"
					+ " publish.webhooks.secret-keys, the secret signs nothing", subscriptionId, unreadable);
			return null;
		}
		return isCurrent(stored) ? null : documents(subscriptionId, secrets(subscriptionId, stored));
	}

	String currentKeyId() {
		return this.cipher.currentKeyId();
	}

	private boolean isCurrent(List<Document> documents) {
		return documents.stream()
			.allMatch((document) -> !isLegacy(document) && this.cipher.isCurrent(sealed(document)));
	}

	/** The reason why the first secret that no configured key decrypts cannot be read. */
	private String unreadable(String subscriptionId, List<Document> documents) {
		for (Document document : documents) {
			try {
				plain(subscriptionId, document);
			}
			catch (UnreadableSecretException ex) {
				return ex.getMessage();
			}
		}
		return null;
	}

	private Document document(String subscriptionId, SigningSecret secret) {
		Sealed sealed = this.cipher.seal(secret.value(), subscriptionId);
		return new Document("keyId", sealed.keyId()).append("nonce", new Binary(sealed.nonce()))
			.append("ciphertext", new Binary(sealed.ciphertext()))
			.append("createdAt", Date.from(secret.createdAt()))
			.append("expiresAt", (secret.expiresAt() != null) ? Date.from(secret.expiresAt()) : null);
	}

	private String plain(String subscriptionId, Document document) {
		return isLegacy(document) ? document.getString("value") : this.cipher.open(sealed(document), subscriptionId);
	}

	private static boolean isLegacy(Document document) {
		return !document.containsKey("keyId") && document.get("value") instanceof String;
	}

	private static Sealed sealed(Document document) {
		return new Sealed(document.getString("keyId"), document.get("nonce", Binary.class).getData(),
				document.get("ciphertext", Binary.class).getData());
	}

	private static Instant instant(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

}
