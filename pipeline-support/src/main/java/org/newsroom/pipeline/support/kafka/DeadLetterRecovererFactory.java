package org.newsroom.pipeline.support.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import org.newsroom.pipeline.contract.Topics;
import org.newsroom.pipeline.support.metrics.StageMetrics;
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
			KafkaTemplate<String, Object> jsonTemplate, String service, String defaultGroup, MeterRegistry registry) {
		KafkaTemplate<String, byte[]> bytesTemplate = ByteTemplates.byteValues(producerFactory);
		Map<Class<?>, KafkaOperations<?, ?>> templates = new LinkedHashMap<>();
		templates.put(byte[].class, bytesTemplate);
		templates.put(Object.class, jsonTemplate);
		DeadLetterPublishingRecoverer recoverer = new CountingRecoverer(templates,
				(record, ex) -> new TopicPartition(Topics.deadLetter(record.topic(), group(defaultGroup)), -1),
				registry, service);
		recoverer.setHeadersFunction((record, ex) -> headers(record, ex, service, group(defaultGroup)));
		return recoverer;
	}

	/**
	 * Counts every record sent to a dead-letter topic, by service and source topic.
	 */
	private static final class CountingRecoverer extends DeadLetterPublishingRecoverer {

		private final MeterRegistry registry;

		private final String service;

		CountingRecoverer(Map<Class<?>, KafkaOperations<?, ?>> templates,
				BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> destination, MeterRegistry registry,
				String service) {
			super(templates, destination);
			this.registry = registry;
			this.service = service;
		}

		@Override
		public void accept(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception exception) {
			super.accept(record, consumer, exception);
			Counter.builder(StageMetrics.DEAD_LETTERED)
				.description("Records a service sent to a dead-letter topic")
				.tag("service", this.service)
				.tag("topic", record.topic())
				.register(this.registry)
				.increment();
		}

	}

	private static Headers headers(ConsumerRecord<?, ?> record, Exception failure, String service, String group) {
		RecordHeaders headers = new RecordHeaders();
		headers.add(DeadLetterHeaders.REASON, bytes(FailureClassifier.reason(failure)));
		headers.add(DeadLetterHeaders.SERVICE, bytes(service));
		headers.add(DeadLetterHeaders.GROUP, bytes(group));
		headers.add(DeadLetterHeaders.TIME, bytes(Instant.now().toString()));
		headers.add(DeadLetterHeaders.FAILURE_KIND,
				bytes(FailureClassifier.classify(failure).name().toLowerCase(java.util.Locale.ROOT)));
		return headers;
	}

	private static String group(String defaultGroup) {
		String group = KafkaUtils.getConsumerGroupId();
		return (group != null) ? group : defaultGroup;
	}

	private static byte[] bytes(String text) {
		return (text != null) ? text.getBytes(StandardCharsets.UTF_8) : new byte[0];
	}

}
