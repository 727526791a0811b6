package org.newsroom.pipeline.publish.webhook;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.random.RandomGenerator;

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
		// never follow a redirect: the guard checked this URL, not the one a 302 names
		HttpClient client = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(properties.connectTimeout())
			.version(HttpClient.Version.HTTP_1_1)
			.build();
		return new WebhookHttpSender(client, properties.requestTimeout());
	}

}
