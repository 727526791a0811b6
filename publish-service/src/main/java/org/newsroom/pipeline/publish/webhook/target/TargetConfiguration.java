package org.newsroom.pipeline.publish.webhook.target;

import org.newsroom.pipeline.publish.webhook.WebhookProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The target guard, with the exceptions {@code publish.webhooks.allowed-hosts} and
 * {@code allowed-cidrs} name, on the JVM's resolver.
 */
@Configuration(proxyBeanMethods = false)
class TargetConfiguration {

	@Bean
	TargetGuard targetGuard(WebhookProperties properties) {
		return new TargetGuard(new TargetPolicy(properties.allowedHosts(), properties.allowedCidrs()),
				HostResolver.system());
	}

}
