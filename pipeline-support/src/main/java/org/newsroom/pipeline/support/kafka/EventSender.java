package org.newsroom.pipeline.support.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;

import org.newsroom.pipeline.contract.cloudevents.CloudEvent;
import org.newsroom.pipeline.contract.cloudevents.CloudEventsCodec;
import org.newsroom.pipeline.support.stage.Emission;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Sends pipeline events as CloudEvents in Kafka binary mode, keyed by content id, with
 * the current trace, and waits for the broker's acknowledgements where asked.
 */
public class EventSender {

	/** The counter of every record sent. */
	public static final String SENDS = "pipeline.kafka.sends";

	private final KafkaTemplate<String, Object> template;

	private final String source;

	private final Duration ackTimeout;

	private final Counter sends;

	public EventSender(KafkaTemplate<String, Object> template, String service, Duration ackTimeout,
			MeterRegistry registry) {
		this.template = template;
		this.source = "urn:newsroom:pipeline:" + service;
		this.ackTimeout = ackTimeout;
		this.sends = Counter.builder(SENDS)
			.description("Records a service sent to Kafka: stage events, lineage and outbound events")
			.tag("service", service)
			.register(registry);
	}

	/**
	 * Sends one event; the future completes when the broker acknowledged it.
	 * @param topic the topic
	 * @param key the content id
	 * @param id the deterministic event id
	 * @param type the CloudEvents type
	 * @param time when the event happened
	 * @param payload the record value, serialized as JSON
	 * @return the pending send
	 */
	public CompletableFuture<SendResult<String, Object>> send(String topic, String key, String id, String type,
			Instant time, Object payload) {
		CloudEvent event = new CloudEvent(id, this.source, type, time, key, "application/json",
				Map.of("traceparent", org.newsroom.pipeline.support.tracing.TraceContext.currentTraceparent()), null);
		ProducerRecord<String, Object> record = new ProducerRecord<>(topic, key, payload);
		CloudEventsCodec.toKafkaHeaders(event).forEach((name, value) -> record.headers().add(name, value));
		this.sends.increment();
		return this.template.send(record);
	}

	/**
	 * Sends one event a stage emits.
	 * @param emission the event
	 * @return the pending send
	 */
	public CompletableFuture<SendResult<String, Object>> send(Emission emission) {
		return send(emission.topic(), emission.key(), emission.id(), emission.type(), emission.time(),
				emission.payload());
	}

	/**
	 * Waits until every send is acknowledged; a send that fails or times out is a
	 * transient failure, so the records that caused it are handled again, not skipped.
	 * @param sends pending sends
	 */
	public void awaitAll(List<? extends CompletableFuture<?>> sends) {
		await(sends);
	}

	/**
	 * Runs work whose sends belong together in a transaction of its own, unless a
	 * transaction is already in progress on this thread (a listener's), which it then
	 * joins; on a producer without transactions it just runs the work.
	 * @param work the sends and their wait
	 */
	public void inTransaction(Runnable work) {
		if (!this.template.isTransactional() || this.template.inTransaction()) {
			work.run();
			return;
		}
		this.template.executeInTransaction((operations) -> {
			work.run();
			return null;
		});
	}

	private void await(List<? extends CompletableFuture<?>> sends) {
		try {
			CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
				.get(this.ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new TransientFailureException("interrupted while waiting for the broker", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new TransientFailureException("the broker did not acknowledge a send", ex);
		}
	}

}
