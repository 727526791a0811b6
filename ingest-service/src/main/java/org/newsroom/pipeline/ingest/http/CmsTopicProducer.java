package org.newsroom.pipeline.ingest.http;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

import org.newsroom.pipeline.contract.cloudevents.CloudEvent;
import org.newsroom.pipeline.contract.cloudevents.CloudEventsCodec;
import org.newsroom.pipeline.support.config.PipelineProperties;
import org.newsroom.pipeline.support.kafka.ByteTemplates;
import org.newsroom.pipeline.support.kafka.TransientFailureException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.stereotype.Component;

/**
 * Puts an event received over HTTP on {@code cms.content.v1} in binary mode, exactly as a
 * CMS producing to Kafka would, and waits for the broker's acknowledgement.
 */
@Component
class CmsTopicProducer {

	private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);

	private final KafkaTemplate<String, byte[]> template;

	private final String topic;

	CmsTopicProducer(ProducerFactory<String, Object> producerFactory, PipelineProperties properties) {
		this.template = ByteTemplates.byteValues(producerFactory);
		this.topic = properties.topics().cmsContent();
	}

	RecordMetadata send(String contentId, CloudEvent event) {
		CloudEvent binary = new CloudEvent(event.id(), event.source(), event.type(), event.time(), event.subject(),
				"application/json", event.extensions(), event.data());
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(this.topic, contentId, binary.data());
		CloudEventsCodec.toKafkaHeaders(binary).forEach((name, value) -> record.headers().add(name, value));
		try {
			return this.template.send(record).get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).getRecordMetadata();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new TransientFailureException("interrupted while waiting for the broker", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new TransientFailureException("the broker did not acknowledge the event", ex);
		}
	}

}
