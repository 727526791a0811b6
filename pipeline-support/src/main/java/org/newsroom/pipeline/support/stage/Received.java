package org.newsroom.pipeline.support.stage;

/**
 * An input with the position of the record it came from. A stage stores the position with
 * the state it writes: a record that comes again at the same position is the engine's own
 * interrupted attempt (its transaction never committed), not a repeat from upstream.
 *
 * @param <I> the input type
 * @param value the input
 * @param position {@code topic-partition@offset} of the record
 */
public record Received<I>(I value, String position) {

	/**
	 * Whether a state was written by this very record.
	 * @param writtenAt the position stored with the state
	 * @return {@code true} if the stored state came from an attempt at this record
	 */
	public boolean wrote(String writtenAt) {
		return this.position.equals(writtenAt);
	}

}
