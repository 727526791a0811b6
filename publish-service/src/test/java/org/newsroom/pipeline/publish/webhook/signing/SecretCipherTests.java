package org.newsroom.pipeline.publish.webhook.signing;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.publish.webhook.signing.SecretCipher.Sealed;
import org.newsroom.pipeline.publish.webhook.signing.SecretCipher.UnreadableSecretException;
import org.newsroom.pipeline.publish.webhook.WebhookProperties.EncryptionKey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.newsroom.pipeline.publish.webhook.signing.TestSecrets.NEW;
import static org.newsroom.pipeline.publish.webhook.signing.TestSecrets.OLD;
import static org.newsroom.pipeline.publish.webhook.signing.TestSecrets.cipher;

class SecretCipherTests {

	private final String secret = new WebhookSecrets().generate();

	@Test
	void sealsEachValueWithItsOwnRandomTwelveByteNonce() {
		SecretCipher cipher = cipher(NEW);

		Sealed first = cipher.seal(this.secret, "sub_1");
		Sealed second = cipher.seal(this.secret, "sub_1");

		assertThat(first.keyId()).isEqualTo("2025-06");
		assertThat(first.nonce()).hasSize(12).isNotEqualTo(second.nonce());
		assertThat(first.ciphertext()).hasSize(this.secret.length() + 16).isNotEqualTo(second.ciphertext());
		assertThat(new String(first.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain("whsec_",
				this.secret.substring(6, 20));
		assertThat(cipher.open(first, "sub_1")).isEqualTo(this.secret);
		assertThat(cipher.open(second, "sub_1")).isEqualTo(this.secret);
	}

	@Test
	void readsAValueSealedWithAnOlderKeyAfterTheKeyIsRotated() {
		Sealed underOld = cipher(OLD).seal(this.secret, "sub_1");
		SecretCipher rotated = cipher(NEW, OLD);

		assertThat(rotated.open(underOld, "sub_1")).isEqualTo(this.secret);
		assertThat(rotated.isCurrent(underOld)).isFalse();
		assertThat(rotated.seal(this.secret, "sub_1").keyId()).isEqualTo("2025-06");
	}

	@Test
	void refusesAValueUnderAKeyThatIsNoLongerConfigured() {
		Sealed underOld = cipher(OLD).seal(this.secret, "sub_1");

		assertThatExceptionOfType(UnreadableSecretException.class).isThrownBy(() -> cipher(NEW).open(underOld, "sub_1"))
			.withMessage("it is encrypted with key '2024-01', which publish.webhooks.secret-keys does not list");
	}

	@Test
	void refusesAValueCopiedToAnotherSubscriptionOrChanged() {
		SecretCipher cipher = cipher(NEW);
		Sealed sealed = cipher.seal(this.secret, "sub_1");
		byte[] changed = sealed.ciphertext().clone();
		changed[0] ^= 1;

		assertThatExceptionOfType(UnreadableSecretException.class).isThrownBy(() -> cipher.open(sealed, "sub_2"))
			.withMessage("it does not decrypt with key '2025-06'");
		assertThatExceptionOfType(UnreadableSecretException.class)
			.isThrownBy(() -> cipher.open(new Sealed(sealed.keyId(), sealed.nonce(), changed), "sub_1"));
	}

	@Test
	void refusesMissingMalformedAndRepeatedKeysWithoutRepeatingThem() {
		assertThatIllegalStateException().isThrownBy(() -> cipher())
			.withMessageContaining("publish.webhooks.secret-keys lists no key");
		assertThatIllegalStateException().isThrownBy(() -> cipher(new EncryptionKey("k", "not base64!")))
			.withMessage("publish.webhooks.secret-keys[0].key is not base64");
		String shortKey = Base64.getEncoder().encodeToString(new byte[20]);
		assertThatIllegalStateException().isThrownBy(() -> cipher(NEW, new EncryptionKey("short", shortKey)))
			.withMessageContaining("publish.webhooks.secret-keys[1].key must be the base64 of 16, 24 or 32")
			.withMessageNotContaining(shortKey);
		assertThatIllegalStateException().isThrownBy(() -> cipher(NEW, new EncryptionKey("2025-06", OLD.key())))
			.withMessage("publish.webhooks.secret-keys[1].id must name the key, once");
	}

}
