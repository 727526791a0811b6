package org.newsroom.pipeline.support.stage;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.newsroom.pipeline.contract.events.ContentWithdrawn;
import org.newsroom.pipeline.contract.events.StageEvent;
import org.newsroom.pipeline.support.kafka.PermanentFailureException;

/**
 * What the stages after ingest read: the previous stage's event of an item, or the item's
 * withdrawal.
 */
public final class StageInputs {

	private StageInputs() {
	}

	/**
	 * The record's event, if it is an item event of the given type or a withdrawal.
	 * @param record the record
	 * @param itemEvent the previous stage's item event, such as {@code ContentIngested}
	 * @param what that event in words, for the dead letter's reason
	 * @return the event
	 * @throws PermanentFailureException for any other event, or none
	 */
	public static StageEvent itemOrWithdrawal(ConsumerRecord<String, StageEvent> record,
			Class<? extends StageEvent> itemEvent, String what) {
		StageEvent event = record.value();
		if (!itemEvent.isInstance(event) && !(event instanceof ContentWithdrawn)) {
			throw new PermanentFailureException("not " + what + " or a withdrawal: "
					+ ((event != null) ? event.getClass().getSimpleName() : "no value"));
		}
		return event;
	}

}
