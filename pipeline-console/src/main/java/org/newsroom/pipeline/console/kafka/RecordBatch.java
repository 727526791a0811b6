package org.newsroom.pipeline.console.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * Reads a poll's records and stores them in one write. A record that cannot be read stops
 * the batch there: the records before it are stored, and the failure is pinned on it, so
 * the error handler commits what was stored, dead-letters that record to the console's
 * own dead-letter topic and goes on after it.
 */
public final class RecordBatch {

	private RecordBatch() {
	}

	/**
	 * Reads and stores a poll's records.
	 * @param <T> what a record holds
	 * @param records the poll
	 * @param read reads one value; throws when the value cannot be read
	 * @param store stores the values read, in order
	 * @param what what a record is, for the failure's message
	 */
	public static <T> void store(List<ConsumerRecord<String, byte[]>> records, Function<byte[], T> read,
			Consumer<List<T>> store, String what) {
		List<T> values = new ArrayList<>(records.size());
		for (ConsumerRecord<String, byte[]> record : records) {
			try {
				values.add(read.apply(record.value()));
			}
			catch (RuntimeException ex) {
				store.accept(values);
				throw new BatchListenerFailedException(what + " cannot be read: " + ex.getMessage(), ex, record);
			}
		}
		store.accept(values);
	}

}
