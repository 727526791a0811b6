package org.newsroom.pipeline.support.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import org.newsroom.pipeline.contract.Topics;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.KafkaUtils;

/**
 * Builds the recoverer that sends a record the service gave up on to
 * {@code <topic>.<group>.dlt}, in the partition its key selects, with the reason in
 * headers.
 */
final class DeadLetterRecovererFactory {

	private DeadLetterRecovererFactory() {
	}

	static DeadLetterPublishingRecoverer create(ProducerFactory<String, Object> producerFactory,
			KafkaTemplate<String, Object> jsonTemplate, String service, String defaultGroup) {
		KafkaTemplate<String, byte[]> bytesTemplate = new KafkaTemplate<>(bytes(producerFactory),
				Map.of(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
		Map<Class<?>, KafkaOperations<?, ?>> templates = new LinkedHashMap<>();
		templates.put(byte[].class, bytesTemplate);
		templates.put(Object.class, jsonTemplate);
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(templates,
				(record, ex) -> new TopicPartition(Topics.deadLetter(record.topic(), group(defaultGroup)), -1));
		recoverer.setHeadersFunction((record, ex) -> headers(record, ex, service));
		return recoverer;
	}

	private static Headers headers(ConsumerRecord<?, ?> record, Exception failure, String service) {
		RecordHeaders headers = new RecordHeaders();
		headers.add(DeadLetterHeaders.REASON, bytes(FailureClassifier.reason(failure)));
		headers.add(DeadLetterHeaders.SERVICE, bytes(service));
		headers.add(DeadLetterHeaders.TIME, bytes(Instant.now().toString()));
		headers.add(DeadLetterHeaders.FAILURE_KIND,
				bytes(FailureClassifier.classify(failure).name().toLowerCase(java.util.Locale.ROOT)));
		return headers;
	}

	private static String group(String defaultGroup) {
		String group = KafkaUtils.getConsumerGroupId();
		return (group != null) ? group : defaultGroup;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static ProducerFactory<String, byte[]> bytes(ProducerFactory<String, Object> factory) {
		return (ProducerFactory) factory;
	}

	private static byte[] bytes(String text) {
		return (text != null) ? text.getBytes(StandardCharsets.UTF_8) : new byte[0];
	}

}
