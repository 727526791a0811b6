package org.newsroom.pipeline.publish.webhook.delivery;

/**
 * How one delivery attempt ended.
 */
sealed interface AttemptResult {

	/**
	 * The endpoint answered.
	 *
	 * @param status the HTTP status
	 * @param retryAfter the {@code Retry-After} header, or {@code null}
	 */
	record Response(int status, String retryAfter) implements AttemptResult {

		/**
		 * An answer without {@code Retry-After}.
		 * @param status the HTTP status
		 */
		Response(int status) {
			this(status, null);
		}

	}

	/**
	 * The endpoint did not answer in time.
	 */
	record Timeout() implements AttemptResult {
	}

	/**
	 * No connection could be made or it broke: refused, reset, TLS failure, unknown host.
	 *
	 * @param message what the client said
	 */
	record ConnectionError(String message) implements AttemptResult {
	}

}
