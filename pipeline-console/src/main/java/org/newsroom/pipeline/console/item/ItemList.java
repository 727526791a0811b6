package org.newsroom.pipeline.console.item;

import java.time.Instant;

import org.springframework.stereotype.Service;

/**
 * The item list: a bounded page of items, newest activity first, and how many are stuck.
 */
@Service
public class ItemList {

	private final ItemStore store;

	private final ItemsProperties properties;

	ItemList(ItemStore store, ItemsProperties properties) {
		this.store = store;
		this.properties = properties;
	}

	/**
	 * One page of the items that match a filter.
	 * @param filter what to show
	 * @param page the page, from 0
	 * @param size items per page, or 0 for the default; at most the configured maximum
	 * @return the page
	 */
	public ItemPage page(ItemFilter filter, int page, int size) {
		int bounded = (size <= 0) ? this.properties.pageSize() : Math.min(size, this.properties.maxPageSize());
		int from = Math.max(0, page);
		Instant stuckBefore = stuckBefore();
		return new ItemPage(this.store.find(filter, stuckBefore, from * bounded, bounded), from, bounded,
				this.store.count(filter, stuckBefore), this.properties.stuckAfter().toSeconds());
	}

	/**
	 * How many items are stuck now.
	 * @return accepted items without progress for longer than the stuck-after time
	 */
	public long stuck() {
		return this.store.count(new ItemFilter(null, ItemState.STUCK, null, null, null, null), stuckBefore());
	}

	private Instant stuckBefore() {
		return Instant.now().minus(this.properties.stuckAfter());
	}

}
