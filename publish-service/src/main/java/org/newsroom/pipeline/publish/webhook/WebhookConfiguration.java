package org.newsroom.pipeline.publish.webhook;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.random.RandomGenerator;

import org.apache.hc.core5.ssl.SSLContexts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The webhook rules as beans, configured from {@link WebhookProperties}.
 */
@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

	@Bean
	TargetGuard targetGuard(WebhookProperties properties) {
		return new TargetGuard(new TargetPolicy(properties.allowedHosts(), properties.allowedCidrs()),
				HostResolver.system());
	}

	@Bean
	WebhookSigner webhookSigner(Clock clock) {
		return new WebhookSigner(clock);
	}

	@Bean
	WebhookSecrets webhookSecrets() {
		return new WebhookSecrets();
	}

	@Bean
	StoredSecrets storedWebhookSecrets(WebhookProperties properties) {
		return new StoredSecrets(new SecretCipher(properties.secretKeys(), new SecureRandom()));
	}

	@Bean
	RetryPolicy webhookRetryPolicy(WebhookProperties properties) {
		return new RetryPolicy(properties.retrySchedule(), properties.jitter(), properties.maxDelay(),
				RandomGenerator.getDefault());
	}

	@Bean
	EndpointBreakers endpointBreakers(WebhookProperties properties, Clock clock) {
		return new EndpointBreakers(properties.breaker().settings(), clock);
	}

	@Bean
	WebhookHttpSender webhookHttpSender(WebhookProperties properties) {
		return WebhookHttpSender.create(properties.connectTimeout(), properties.requestTimeout(), properties.workers(),
				SSLContexts.createSystemDefault());
	}

}
