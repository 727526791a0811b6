package org.newsroom.pipeline.console.deadletter;

import java.util.List;

/**
 * One page of dead letters, newest first.
 *
 * @param deadLetters the dead letters on this page
 * @param page the page number, from 0
 * @param size the page size
 * @param total how many dead letters match the filter
 */
record DeadLetterPage(List<DeadLetter> deadLetters, int page, int size, long total) {

	/**
	 * Whether a later page exists.
	 * @return {@code true} if more dead letters match
	 */
	public boolean hasNext() {
		return (long) (this.page + 1) * this.size < this.total;
	}

}
