package org.newsroom.pipeline.console.item;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.newsroom.pipeline.console.lineage.LineageStore;
import org.newsroom.pipeline.console.lineage.LineageStored;
import org.newsroom.pipeline.contract.lineage.LineageEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Brings the summaries of the items a lineage write touched up to date: it folds the new
 * steps onto an item's stored summary, or, when a step arrives late, folds the item's
 * whole timeline again, so records that arrive late or twice still give the right state.
 * At start-up it builds the list from lineage stored before the list existed.
 *
 * <p>
 * Folding only the new steps keeps the work per lineage write to the size of the write:
 * reading every touched item's whole timeline each time made the console's reads grow
 * with the lineage stored, on a store without secondary indexes a scan of all lineage per
 * poll (see docs/performance.md).
 */
@Component
class ItemRefresher {

	private static final Logger log = LoggerFactory.getLogger(ItemRefresher.class);

	private static final int REBUILD_BATCH = 500;

	/** The order {@link LineageStore#timelines} reads a timeline in. */
	private static final Comparator<LineageEvent> TIMELINE_ORDER = Comparator
		.comparing(LineageEvent::at, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparingLong(LineageEvent::revision);

	private final LineageStore lineage;

	private final ItemStore items;

	private final ItemsProperties properties;

	ItemRefresher(LineageStore lineage, ItemStore items, ItemsProperties properties) {
		this.lineage = lineage;
		this.items = items;
		this.properties = properties;
	}

	@EventListener
	void on(LineageStored stored) {
		Map<String, List<LineageEvent>> arrived = new LinkedHashMap<>();
		stored.events()
			.stream()
			.filter((event) -> event.contentId() != null)
			.sorted(TIMELINE_ORDER)
			.forEach((event) -> arrived.computeIfAbsent(event.contentId(), (id) -> new ArrayList<>()).add(event));
		if (arrived.isEmpty()) {
			return;
		}
		Map<String, ItemView> known = this.items.findStored(arrived.keySet());
		List<ItemView> views = new ArrayList<>();
		List<String> late = new ArrayList<>();
		arrived.forEach((contentId, later) -> {
			ItemView before = known.get(contentId);
			if (before == null) {
				// the item's first steps: a summary is written in the same call as its
				// lineage, so no earlier step of it can be stored without one
				views.add(ItemDigest.of(contentId, later, this.properties.publishStage()));
			}
			else if (ItemDigest.follows(before, later)) {
				views.add(ItemDigest.continued(before, later, this.properties.publishStage()));
			}
			else {
				late.add(contentId);
			}
		});
		this.items.saveAll(views);
		refresh(late);
	}

	@EventListener(ApplicationReadyEvent.class)
	void rebuildIfEmpty() {
		if (this.items.countAll() > 0) {
			return;
		}
		List<String> batch = new ArrayList<>(REBUILD_BATCH);
		int rebuilt = 0;
		for (String contentId : this.lineage.contentIds()) {
			batch.add(contentId);
			if (batch.size() == REBUILD_BATCH) {
				rebuilt += refresh(batch);
				batch.clear();
			}
		}
		rebuilt += refresh(batch);
		if (rebuilt > 0) {
			log.info("Built the item list from the lineage of {} items", rebuilt);
		}
	}

	private int refresh(List<String> contentIds) {
		if (contentIds.isEmpty()) {
			return 0;
		}
		Map<String, List<LineageEvent>> timelines = this.lineage.timelines(contentIds);
		this.items.saveAll(timelines.entrySet()
			.stream()
			.map((e) -> ItemDigest.of(e.getKey(), e.getValue(), this.properties.publishStage()))
			.toList());
		return timelines.size();
	}

}
