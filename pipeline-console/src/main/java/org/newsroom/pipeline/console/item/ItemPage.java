package org.newsroom.pipeline.console.item;

import java.util.List;

/**
 * One page of the item list, newest activity first.
 *
 * @param items the items on this page
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param total how many items match the filter
 * @param stuckAfterSeconds how long without progress makes an item stuck
 */
record ItemPage(List<ItemView> items, int page, int size, long total, long stuckAfterSeconds) {

	/**
	 * Whether a later page exists.
	 * @return {@code true} if more items match
	 */
	public boolean hasNext() {
		return (long) (this.page + 1) * this.size < this.total;
	}

}
