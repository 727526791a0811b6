package org.newsroom.pipeline.support.kafka;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import org.newsroom.pipeline.contract.Topics;
import org.newsroom.pipeline.contract.validation.CmsPayloadValidator;
import org.newsroom.pipeline.support.config.PipelineProperties;
import org.newsroom.pipeline.support.lineage.LineageRecorder;
import org.newsroom.pipeline.support.metrics.StageMetrics;
import org.newsroom.pipeline.support.tracing.TracingRecordInterceptor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;
import org.springframework.util.unit.DataSize;

/**
 * Kafka plumbing every service shares: topics, the error handler with dead letters, event
 * sending, lineage and the broker health check.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(PipelineProperties.class)
public class PipelineKafkaAutoConfiguration {

	@Bean
	KafkaAdmin.NewTopics pipelineTopics(PipelineProperties properties, Environment environment, KafkaProperties kafka) {
		String group = KafkaClientSettings.consumerGroup(kafka, properties);
		RecordSizes.check(maxBodyBytes(environment), properties.kafka().maxMessageBytes());
		List<NewTopic> topics = new ArrayList<>();
		if (properties.kafka().createTopics()) {
			properties.topics().all().forEach((name) -> topics.add(topic(name, properties)));
			properties.deadLetterSources()
				.forEach((key) -> topics
					.add(topic(Topics.deadLetter(properties.topics().byKey(key), group), properties)));
		}
		return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
	}

	@Bean
	@ConditionalOnMissingBean
	DeadLetterPublishingRecoverer deadLetterRecoverer(ProducerFactory<String, Object> producerFactory,
			KafkaTemplate<String, Object> template, PipelineProperties properties, KafkaProperties kafka,
			MeterRegistry registry) {
		return DeadLetterRecovererFactory.create(producerFactory, template, properties.service(),
				KafkaClientSettings.consumerGroup(kafka, properties), registry);
	}

	@Bean
	@ConditionalOnMissingBean
	CommonErrorHandler pipelineErrorHandler(DeadLetterPublishingRecoverer recoverer, PipelineProperties properties) {
		PipelineProperties.Retry retry = properties.retry();
		ExponentialBackOff untilBack = exponential(retry);
		ExponentialBackOff bounded = exponential(retry);
		bounded.setMaxAttempts(retry.maxAttemptsUnclassified());
		BackOff none = new FixedBackOff(0, 0);
		DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, untilBack);
		handler.setBackOffFunction((record, failure) -> switch (FailureClassifier.classify(failure)) {
			case PERMANENT -> none;
			case UNKNOWN -> bounded;
			case TRANSIENT -> untilBack;
		});
		handler.setCommitRecovered(true);
		return handler;
	}

	@Bean
	@ConditionalOnMissingBean
	EventSender eventSender(KafkaTemplate<String, Object> template, PipelineProperties properties,
			KafkaProperties kafka, MeterRegistry registry) {
		return new EventSender(template, properties.service(), KafkaClientSettings.sendTimeout(kafka), registry);
	}

	@Bean
	@ConditionalOnMissingBean
	StageMetrics stageMetrics(MeterRegistry registry, PipelineProperties properties) {
		return new StageMetrics(registry, properties.service());
	}

	@Bean
	@ConditionalOnMissingBean
	LineageRecorder lineageRecorder(EventSender sender, StageMetrics metrics, PipelineProperties properties) {
		return new LineageRecorder(sender, metrics, properties.topics().lineage(), properties.service());
	}

	@Bean
	@ConditionalOnMissingBean
	TracingRecordInterceptor tracingRecordInterceptor(PipelineProperties properties) {
		return new TracingRecordInterceptor(properties.service());
	}

	@Bean(name = "kafkaHealthIndicator")
	@ConditionalOnMissingBean(name = "kafkaHealthIndicator")
	KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
		return new KafkaHealthIndicator(kafkaAdmin);
	}

	private static NewTopic topic(String name, PipelineProperties properties) {
		return TopicBuilder.name(name)
			.partitions(properties.kafka().partitions())
			.replicas(properties.kafka().replicationFactor())
			.config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(properties.kafka().maxMessageBytes()))
			.build();
	}

	/**
	 * Ingest's body limit, which only ingest sets; the other services check the
	 * contract's default against their own record limit.
	 */
	private static long maxBodyBytes(Environment environment) {
		return Binder.get(environment)
			.bind("ingest.max-body-size", DataSize.class)
			.map(DataSize::toBytes)
			.orElse((long) CmsPayloadValidator.DEFAULT_MAX_BODY_BYTES);
	}

	private static ExponentialBackOff exponential(PipelineProperties.Retry retry) {
		ExponentialBackOff backOff = new ExponentialBackOff(retry.initialInterval().toMillis(), retry.multiplier());
		backOff.setMaxInterval(retry.maxInterval().toMillis());
		return backOff;
	}

}
