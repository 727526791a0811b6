package org.newsroom.pipeline.console.delivery;

import java.time.Instant;
import java.util.List;

/**
 * A webhook delivery with every attempt the console has seen.
 *
 * @param deliveryId the delivery
 * @param subscriptionId the subscription it goes to
 * @param contentId the item delivered
 * @param revision the revision delivered
 * @param state {@code retrying}, {@code failed} or {@code delivered}
 * @param retryAt when the next attempt is due, while retrying
 * @param lastAt when the latest attempt finished
 * @param attempts the attempts, latest first
 */
record Delivery(String deliveryId, String subscriptionId, String contentId, long revision, String state,
		Instant retryAt, Instant lastAt, List<Attempt> attempts) {

	/**
	 * One attempt.
	 *
	 * @param at when it finished
	 * @param attempt its number
	 * @param outcome DELIVERED or DELIVERY_FAILED
	 * @param status the HTTP status or failure word
	 * @param reason a note for operators
	 */
	public record Attempt(Instant at, int attempt, String outcome, String status, String reason) {
	}

}
