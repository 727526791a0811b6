package org.newsroom.pipeline.support.stage;

import org.newsroom.pipeline.support.lineage.LineageStep;

/**
 * What a stage decided for one record: the item's state afterwards, whether that state is
 * written, whether it is announced, and the lineage step that says so.
 *
 * @param <S> the state type
 * @param state the item's state after this record
 * @param write whether the state changed and is written
 * @param announce whether the state's emissions are sent
 * @param lineage what lineage records for the record
 */
public record Decision<S>(S state, boolean write, boolean announce, LineageStep lineage) {

	/**
	 * A new state that is stored and announced.
	 * @param <S> the state type
	 * @param state the new state
	 * @param lineage the lineage step
	 * @return the decision
	 */
	public static <S> Decision<S> store(S state, LineageStep lineage) {
		return new Decision<>(state, true, true, lineage);
	}

	/**
	 * A new state that is stored but not announced, such as an item under embargo.
	 * @param <S> the state type
	 * @param state the new state
	 * @param lineage the lineage step
	 * @return the decision
	 */
	public static <S> Decision<S> storeQuietly(S state, LineageStep lineage) {
		return new Decision<>(state, true, false, lineage);
	}

	/**
	 * A stored state that is announced again, because the attempt that stored it never
	 * committed its announcement.
	 * @param <S> the state type
	 * @param state the stored state
	 * @param lineage the lineage step
	 * @return the decision
	 */
	public static <S> Decision<S> announceAgain(S state, LineageStep lineage) {
		return new Decision<>(state, false, true, lineage);
	}

	/**
	 * A record that changes nothing: a duplicate or a stale revision.
	 * @param <S> the state type
	 * @param state the unchanged state, or {@code null} if none is stored
	 * @param lineage the lineage step
	 * @return the decision
	 */
	public static <S> Decision<S> skip(S state, LineageStep lineage) {
		return new Decision<>(state, false, false, lineage);
	}

}
