package org.newsroom.pipeline.console.item;

import java.util.ArrayList;
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
 * Derives the summaries of the items a lineage write touched from their whole timelines,
 * so records that arrive late or twice still give the right state; at start-up it builds
 * the list from lineage stored before the list existed.
 */
@Component
class ItemRefresher {

	private static final Logger log = LoggerFactory.getLogger(ItemRefresher.class);

	private static final int REBUILD_BATCH = 500;

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
		refresh(new ArrayList<>(stored.contentIds()));
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
