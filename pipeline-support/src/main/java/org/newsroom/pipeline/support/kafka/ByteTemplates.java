package org.newsroom.pipeline.support.kafka;

import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;

/**
 * Templates for records whose bytes are made already (a CMS body, a dead letter, a
 * replay), on the service's one producer factory, so they are sent with the same producer
 * settings as every other record; only the serializers differ.
 *
 * <p>
 * Not beans: a second {@code KafkaTemplate} bean would make Boot's own template back off.
 */
public final class ByteTemplates {

	private ByteTemplates() {
	}

	/**
	 * A template with string keys and byte values.
	 * @param factory the service's producer factory
	 * @return the template
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public static KafkaTemplate<String, byte[]> byteValues(ProducerFactory<?, ?> factory) {
		return new KafkaTemplate<>((ProducerFactory) factory,
				Map.of(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
	}

	/**
	 * A template with byte keys and values, for records sent back as they were read.
	 * @param factory the service's producer factory
	 * @return the template
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public static KafkaTemplate<byte[], byte[]> bytes(ProducerFactory<?, ?> factory) {
		return new KafkaTemplate<>((ProducerFactory) factory, Map.of(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
				ByteArraySerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
	}

}
