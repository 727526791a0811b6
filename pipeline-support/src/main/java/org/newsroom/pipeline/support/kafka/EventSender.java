package org.newsroom.pipeline.support.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerRecord;

import org.newsroom.pipeline.contract.cloudevents.CloudEvent;
import org.newsroom.pipeline.contract.cloudevents.CloudEventsCodec;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Sends pipeline events as CloudEvents in Kafka binary mode, keyed by content id, with
 * the current trace, and waits for the broker's acknowledgement where asked: at once, or
 * once per batch of records.
 */
public class EventSender {

	private final KafkaTemplate<String, Object> template;

	private final String source;

	private final Duration ackTimeout;

	private final ThreadLocal<Deferred> batch = new ThreadLocal<>();

	public EventSender(KafkaTemplate<String, Object> template, String service, Duration ackTimeout) {
		this.template = template;
		this.source = "urn:newsroom:pipeline:" + service;
		this.ackTimeout = ackTimeout;
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
		return this.template.send(record);
	}

	/**
	 * Waits until every send is acknowledged; a send that fails or times out is a
	 * transient failure, so the record that caused it is retried, not skipped. Inside
	 * {@link #inBatch} the wait is left to the batch's next {@link #flush()}.
	 * @param sends pending sends
	 */
	public void awaitAll(List<? extends CompletableFuture<?>> sends) {
		awaitAll(sends, null);
	}

	/**
	 * Runs {@code then} once every send is acknowledged. Outside a batch this waits now;
	 * inside {@link #inBatch} it is deferred to the batch's next {@link #flush()}, so
	 * that a batch of records waits for the broker once instead of once per record.
	 * @param sends pending sends
	 * @param then what may only happen after the acknowledgements, such as marking an
	 * item announced; {@code null} for nothing
	 */
	public void awaitAll(List<? extends CompletableFuture<?>> sends, Runnable then) {
		Deferred deferred = this.batch.get();
		if (deferred != null) {
			deferred.sends.addAll(sends);
			if (then != null) {
				deferred.thens.add(then);
			}
			return;
		}
		await(sends);
		if (then != null) {
			then.run();
		}
	}

	/**
	 * Runs work that handles a batch of records on this thread, deferring every
	 * {@link #awaitAll} in it to one wait at the end. If the work fails, what it deferred
	 * is dropped unless it called {@link #flush()}; the records are then handled again.
	 * @param work the batch's handling
	 */
	public void inBatch(Runnable work) {
		if (this.batch.get() != null) {
			work.run();
			return;
		}
		this.batch.set(new Deferred());
		try {
			work.run();
			flush();
		}
		finally {
			this.batch.remove();
		}
	}

	/**
	 * Waits for the sends deferred so far in this thread's batch, then runs what waited
	 * for them, in order; a no-op outside a batch.
	 */
	public void flush() {
		Deferred deferred = this.batch.get();
		if (deferred == null) {
			return;
		}
		List<CompletableFuture<?>> sends = List.copyOf(deferred.sends);
		List<Runnable> thens = List.copyOf(deferred.thens);
		deferred.sends.clear();
		deferred.thens.clear();
		await(sends);
		thens.forEach(Runnable::run);
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

	/** Sends and follow-ups a batch deferred until its next flush. */
	private static final class Deferred {

		private final List<CompletableFuture<?>> sends = new ArrayList<>();

		private final List<Runnable> thens = new ArrayList<>();

	}

}
