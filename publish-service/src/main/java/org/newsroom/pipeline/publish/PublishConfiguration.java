package org.newsroom.pipeline.publish;

import java.time.Clock;
import java.util.UUID;

import org.newsroom.pipeline.publish.syndication.ItemLinks;
import org.newsroom.pipeline.support.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.util.StringUtils;

/**
 * Beans every channel of the service shares: the clock, the instance name, the item links
 * and the rule that channels are public.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PublishConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	InstanceId instanceId(PublishProperties properties) {
		String configured = properties.instanceId();
		return new InstanceId(StringUtils.hasText(configured) ? configured
				: "publish-" + UUID.randomUUID().toString().substring(0, 8));
	}

	@Bean
	ItemLinks itemLinks(PublishProperties properties) {
		return new ItemLinks(properties.siteUrl());
	}

	/** Feeds, podcasts and the content API are for everyone; credentials are optional. */
	@Bean
	AccessRules publicChannels() {
		return (requests) -> requests
			.requestMatchers(HttpMethod.GET, "/feeds/**", "/podcasts/**", "/api/v1/content", "/api/v1/content/**")
			.permitAll();
	}

}
