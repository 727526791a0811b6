package org.newsroom.pipeline.support.kafka;

import java.time.Duration;

import org.apache.kafka.clients.producer.ProducerConfig;

import org.newsroom.pipeline.support.config.PipelineProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.util.StringUtils;

/**
 * What the pipeline reads from Spring Boot's Kafka client settings
 * ({@code spring.kafka.*}), with the defaults of the settings' owners where none is set:
 * the service's name for the consumer group, Kafka's own for the producer.
 */
public final class KafkaClientSettings {

	/** How much longer than the producer's delivery timeout a sender waits for it. */
	private static final Duration SEND_MARGIN = Duration.ofSeconds(5);

	private KafkaClientSettings() {
	}

	/**
	 * The consumer group of the service's listeners, which names its dead-letter topics.
	 * @param kafka Boot's Kafka settings
	 * @param pipeline the pipeline's settings
	 * @return {@code spring.kafka.consumer.group-id}, or the service's name
	 */
	public static String consumerGroup(KafkaProperties kafka, PipelineProperties pipeline) {
		String group = kafka.getConsumer().getGroupId();
		return StringUtils.hasText(group) ? group : pipeline.service();
	}

	/**
	 * How long a sender waits for a send's acknowledgement before it gives up: a little
	 * longer than the producer itself keeps trying ({@code delivery.timeout.ms}), so the
	 * producer's own answer arrives first.
	 * @param kafka Boot's Kafka settings
	 * @return the wait
	 */
	public static Duration sendTimeout(KafkaProperties kafka) {
		Object millis = kafka.getProducer().getProperties().get(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG);
		if (millis == null) {
			millis = ProducerConfig.configDef().defaultValues().get(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG);
		}
		return Duration.ofMillis(Long.parseLong(millis.toString())).plus(SEND_MARGIN);
	}

}
