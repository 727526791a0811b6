package org.newsroom.pipeline.publish.webhook.signing;

import java.security.SecureRandom;
import java.time.Clock;

import org.newsroom.pipeline.publish.webhook.WebhookProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The signer, the secret generator and the cipher on the keys of
 * {@code publish.webhooks.secret-keys}.
 */
@Configuration(proxyBeanMethods = false)
class SigningConfiguration {

	@Bean
	WebhookSigner webhookSigner(Clock clock) {
		return new WebhookSigner(clock);
	}

	@Bean
	WebhookSecrets webhookSecrets() {
		return new WebhookSecrets();
	}

	@Bean
	SecretCipher webhookSecretCipher(WebhookProperties properties) {
		return new SecretCipher(properties.secretKeys(), new SecureRandom());
	}

}
