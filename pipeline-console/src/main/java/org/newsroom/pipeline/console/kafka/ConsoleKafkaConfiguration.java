package org.newsroom.pipeline.console.kafka;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.newsroom.pipeline.support.kafka.FailureClassifier;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The console reads raw bytes, not the pipeline's stage events: lineage is parsed by the
 * lineage feature, and dead letters must keep their exact key, value and headers so a
 * replay sends back what was dead-lettered.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleKafkaConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ConsoleKafkaConfiguration.class);

	/** Listener factory of the lineage and audit listeners: string keys, byte values. */
	@Bean
	ConcurrentKafkaListenerContainerFactory<Object, Object> consoleLineageListenerFactory(
			ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<?, ?> consumerFactory) {
		Map<String, Object> overrides = Map.of(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
				ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		return factory(configurer, consumerFactory, overrides);
	}

	/**
	 * Listener factory of the dead-letter listener: byte keys and values, and a short
	 * metadata age so that a topic pattern picks up new dead-letter topics soon.
	 */
	@Bean
	ConcurrentKafkaListenerContainerFactory<Object, Object> consoleDeadLetterListenerFactory(
			ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<?, ?> consumerFactory,
			ConsoleKafkaProperties properties) {
		Map<String, Object> overrides = Map.of(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
				ByteArrayDeserializer.class, ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
				ByteArrayDeserializer.class, ConsumerConfig.METADATA_MAX_AGE_CONFIG,
				(int) properties.metadataMaxAge().toMillis());
		ConcurrentKafkaListenerContainerFactory<Object, Object> factory = factory(configurer, consumerFactory,
				overrides);
		factory.setCommonErrorHandler(deadLetterErrorHandler(properties));
		return factory;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static ConcurrentKafkaListenerContainerFactory<Object, Object> factory(
			ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<?, ?> consumerFactory,
			Map<String, Object> overrides) {
		Map<String, Object> config = new HashMap<>(consumerFactory.getConfigurationProperties());
		config.putAll(overrides);
		ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
		configurer.configure(factory, (ConsumerFactory) new DefaultKafkaConsumerFactory<>(config));
		return factory;
	}

	// A dead letter of a dead letter helps nobody: retry while the store is down, and
	// log what cannot be stored after a few attempts.
	private static DefaultErrorHandler deadLetterErrorHandler(ConsoleKafkaProperties properties) {
		long interval = properties.deadLetterRetryInterval().toMillis();
		FixedBackOff bounded = new FixedBackOff(interval, 5);
		FixedBackOff unbounded = new FixedBackOff(interval, FixedBackOff.UNLIMITED_ATTEMPTS);
		DefaultErrorHandler handler = new DefaultErrorHandler((record, failure) -> log
			.error("cannot store dead letter {}-{}@{}", record.topic(), record.partition(), record.offset(), failure),
				bounded);
		handler.setBackOffFunction(
				(record, failure) -> (FailureClassifier.classify(failure) == FailureClassifier.Kind.TRANSIENT)
						? unbounded : bounded);
		return handler;
	}

}
