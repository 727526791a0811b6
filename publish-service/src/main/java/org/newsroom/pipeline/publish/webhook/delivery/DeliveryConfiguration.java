package org.newsroom.pipeline.publish.webhook.delivery;

import java.util.random.RandomGenerator;

import org.apache.hc.core5.ssl.SSLContexts;

import org.newsroom.pipeline.publish.webhook.WebhookProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The retry schedule and the HTTP client of the deliveries, configured from
 * {@link WebhookProperties}.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

	@Bean
	RetryPolicy webhookRetryPolicy(WebhookProperties properties) {
		return new RetryPolicy(properties.retrySchedule(), properties.jitter(), properties.maxDelay(),
				RandomGenerator.getDefault());
	}

	@Bean
	WebhookHttpSender webhookHttpSender(WebhookProperties properties) {
		return WebhookHttpSender.create(properties.connectTimeout(), properties.requestTimeout(), properties.workers(),
				SSLContexts.createSystemDefault());
	}

}
