package org.newsroom.pipeline.support.audit;

import io.micrometer.core.instrument.MeterRegistry;

import org.newsroom.pipeline.support.config.PipelineProperties;
import org.newsroom.pipeline.support.kafka.EventSender;
import org.newsroom.pipeline.support.kafka.PipelineKafkaAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The audit trail of every service, on the service's ordinary (not transactional)
 * producer, and the failed logins it records.
 */
@AutoConfiguration(after = PipelineKafkaAutoConfiguration.class)
public class AuditAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	AuditTrail auditTrail(EventSender sender, MeterRegistry registry, PipelineProperties properties) {
		return new AuditTrail(sender, registry, properties.topics().audit(), properties.service());
	}

	@Bean
	@ConditionalOnMissingBean
	LoginFailureAuditor loginFailureAuditor(AuditTrail trail) {
		return new LoginFailureAuditor(trail);
	}

}
