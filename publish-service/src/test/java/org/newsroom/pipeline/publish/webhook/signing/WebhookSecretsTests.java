package org.newsroom.pipeline.publish.webhook.signing;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WebhookSecretsTests {

	private final WebhookSecrets secrets = new WebhookSecrets();

	@Test
	void generatesPrefixedBase64OfThirtyTwoRandomBytes() {
		String secret = this.secrets.generate();

		assertThat(secret).startsWith("whsec_");
		assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
		assertThat(WebhookSecrets.key(secret)).hasSize(32);
	}

	@Test
	void neverGeneratesTheSameSecretTwice() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			seen.add(this.secrets.generate());
		}

		assertThat(seen).hasSize(1000);
	}

	@Test
	void refusesKeysShorterThanTwentyFourBytes() {
		String shortSecret = "whsec_" + Base64.getEncoder().encodeToString(new byte[16]);

		assertThatIllegalArgumentException().isThrownBy(() -> WebhookSecrets.key(shortSecret))
			.withMessageContaining("24 bytes");
	}

}
