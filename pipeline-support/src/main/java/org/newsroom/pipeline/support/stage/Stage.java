package org.newsroom.pipeline.support.stage;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What one service brings to the {@link StageEngine}: how to read a record, how to decide
 * it against the item's stored state, how to write states, and what announcing a state
 * sends. The engine owns the loop, the transaction and every failure path.
 *
 * @param <V> the record value type
 * @param <I> what the service reads from a record
 * @param <S> the stored state of one item
 */
public interface Stage<V, I, S> {

	/**
	 * The stage's name in lineage, metrics and logs.
	 * @return for example {@code ingest}
	 */
	String name();

	/**
	 * Reads one record.
	 * @param record the record
	 * @return the input
	 * @throws org.newsroom.pipeline.support.kafka.PermanentFailureException when the
	 * record can never be handled; it is dead-lettered with the exception's message
	 */
	I read(ConsumerRecord<String, V> record);

	/**
	 * The item an input is about.
	 * @param input the input
	 * @return its content id
	 */
	String itemId(I input);

	/**
	 * The stored states of items, in one query.
	 * @param itemIds the items
	 * @return the states by content id; items never stored are absent
	 */
	Map<String, S> load(Collection<String> itemIds);

	/**
	 * Decides one input against the item's current state: the stored one, or the one an
	 * earlier record of the same poll left.
	 * @param input the input with the position of its record
	 * @param current the current state, or {@code null} when the item is new
	 * @return the decision
	 */
	Decision<S> decide(Received<I> input, S current);

	/**
	 * Writes changed states in one bulk write. Each write is conditional on the state it
	 * was decided against, so a concurrent writer (two instances during a rebalance) is
	 * noticed instead of overwritten.
	 * @param changes the changes, at most one per item
	 * @return the content ids whose state had changed underneath; the engine then handles
	 * the poll again
	 */
	Collection<String> write(List<Change<S>> changes);

	/**
	 * Stores what must be stored with the announcements of states before they are sent,
	 * such as publish's webhook outbox entries: called once per poll (and once per
	 * {@link StageEngine#announce}) with every state to announce, so the stage can write
	 * them in one round trip, before their {@link #emissions}. A failure here is taken as
	 * transient: the poll is handled again. Nothing by default.
	 * @param states the states to announce, in the order of their records
	 */
	default void beforeEmissions(List<S> states) {
	}

	/**
	 * What announcing a state sends, besides its lineage.
	 * @param state the state to announce
	 * @return the events, in the order to send them
	 */
	List<Emission> emissions(S state);

	/**
	 * One item's state before and after a poll's decisions.
	 *
	 * @param <S> the state type
	 * @param before the state loaded from the store, or {@code null} for a new item
	 * @param after the state to store
	 */
	record Change<S>(S before, S after) {
	}

}
