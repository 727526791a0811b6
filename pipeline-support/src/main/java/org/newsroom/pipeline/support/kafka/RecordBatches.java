package org.newsroom.pipeline.support.kafka;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.newsroom.pipeline.support.tracing.TraceContext;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;

/**
 * Handles a batch listener's records one at a time, in the trace of each, and waits for
 * the broker once per batch instead of once per record (see {@link EventSender#inBatch}).
 *
 * <p>
 * Two records of the same item in one batch are kept apart: the first one's sends are
 * awaited and its follow-ups run before the second is handled, so the second sees the
 * first as announced. A record that fails is pinned with
 * {@link BatchListenerFailedException} after the records before it were finished, so the
 * shared error handler commits those and retries or dead-letters that record alone.
 */
public final class RecordBatches {

	private static final LogAccessor logger = new LogAccessor(LogFactory.getLog(RecordBatches.class));

	private RecordBatches() {
	}

	/**
	 * Hands every record's value to the handler.
	 * @param <V> the value type
	 * @param records the batch, keyed by content id
	 * @param sender the sender the handler's sends go through
	 * @param stage the stage named in the logs
	 * @param handler what handles one value
	 */
	public static <V> void handleEach(List<ConsumerRecord<String, V>> records, EventSender sender, String stage,
			Consumer<V> handler) {
		sender.inBatch(() -> {
			Set<String> items = new HashSet<>();
			for (ConsumerRecord<String, V> record : records) {
				if (!items.add(record.key())) {
					sender.flush();
					items.clear();
					items.add(record.key());
				}
				handle(record, sender, stage, handler);
			}
		});
	}

	private static <V> void handle(ConsumerRecord<String, V> record, EventSender sender, String stage,
			Consumer<V> handler) {
		TraceContext.open(record.headers(), record.key(), stage);
		try {
			DeserializationException unreadable = SerializationUtils.getExceptionFromHeader(record,
					SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, logger);
			if (unreadable != null) {
				throw unreadable;
			}
			handler.accept(record.value());
		}
		catch (RuntimeException ex) {
			sender.flush();
			throw new BatchListenerFailedException(FailureClassifier.reason(ex), ex, record);
		}
		finally {
			TraceContext.close();
		}
	}

}
