package org.newsroom.pipeline.publish.webhook.breaker;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;

import org.newsroom.pipeline.publish.webhook.WebhookProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The endpoint circuits, with the thresholds of {@code publish.webhooks.breaker}.
 */
@Configuration(proxyBeanMethods = false)
class BreakerConfiguration {

	@Bean
	EndpointBreakers endpointBreakers(WebhookProperties properties, Clock clock, MeterRegistry meters) {
		return new EndpointBreakers(properties.breaker(), clock, meters);
	}

}
