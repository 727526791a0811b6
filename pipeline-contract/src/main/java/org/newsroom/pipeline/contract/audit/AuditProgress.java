package org.newsroom.pipeline.contract.audit;

import java.time.Instant;

/**
 * How far a long operator action, such as a backfill, has got.
 *
 * @param total the items it had to do when it started; items added while it runs may make
 * {@code done} pass it
 * @param done the items it has done so far, including those that failed
 * @param failed the items it could not do
 * @param startedAt when it started, for a rate over its whole run
 */
public record AuditProgress(long total, long done, long failed, Instant startedAt) {

	/**
	 * The same progress with the total raised to what was done, for the end of a run that
	 * found more items than it counted at its start.
	 * @return the progress with {@code total >= done}
	 */
	public AuditProgress finished() {
		return new AuditProgress(Math.max(this.total, this.done), this.done, this.failed, this.startedAt);
	}

}
