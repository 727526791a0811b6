package org.newsroom.pipeline.console.deadletter;

import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Replays every dead letter that matches a filter and was stored by the time the operator
 * confirmed, in bounded batches, each dead letter on its own as a single replay is.
 */
@Service
class MatchingReplay {

	private static final Logger log = LoggerFactory.getLogger(MatchingReplay.class);

	private final DeadLetterStore deadLetters;

	private final DeadLetterReplayer replayer;

	private final DeadLetterProperties properties;

	MatchingReplay(DeadLetterStore deadLetters, DeadLetterReplayer replayer, DeadLetterProperties properties) {
		this.deadLetters = deadLetters;
		this.replayer = replayer;
		this.properties = properties;
	}

	/**
	 * Replays the dead letters that match.
	 * @param filter which dead letters
	 * @param storedBy when the operator saw the count; dead letters stored later, such as
	 * records of this replay that fail again, are left for another replay
	 * @param operator who asked
	 * @return how it went
	 */
	public Outcome replay(DeadLetterFilter filter, Instant storedBy, String operator) {
		int limit = this.properties.replayAllLimit();
		String after = null;
		int sent = 0;
		int failed = 0;
		while (sent + failed < limit) {
			List<String> ids = this.deadLetters.idsAfter(filter, storedBy, after,
					Math.min(this.properties.replayBatch(), limit - sent - failed));
			if (ids.isEmpty()) {
				break;
			}
			for (Replay replay : this.replayer.replay(ids, operator)) {
				if (replay.status() == Replay.ReplayStatus.SENT) {
					sent++;
				}
				else {
					failed++;
				}
			}
			after = ids.get(ids.size() - 1);
		}
		long left = this.deadLetters.count(filter, storedBy) - sent - failed;
		log.info("replay of all matching {} by {}: {} sent, {} failed, {} left", filter, operator, sent, failed, left);
		return new Outcome(sent, failed, Math.max(0, left));
	}

	/**
	 * How a replay of all matching dead letters went.
	 *
	 * @param sent dead letters sent back to their topic
	 * @param failed dead letters that could not be sent back (see the replays)
	 * @param left matching dead letters beyond the limit of one replay
	 */
	public record Outcome(int sent, int failed, long left) {
	}

}
