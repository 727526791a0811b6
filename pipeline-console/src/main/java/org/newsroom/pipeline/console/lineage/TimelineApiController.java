package org.newsroom.pipeline.console.lineage;

import java.util.List;

import org.newsroom.pipeline.contract.lineage.LineageEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON of item search and timelines, for scripts and the console's pages.
 */
@RestController
@RequestMapping("/api/v1/items")
class TimelineApiController {

	private static final int SEARCH_LIMIT = 50;

	private final LineageStore store;

	TimelineApiController(LineageStore store) {
		this.store = store;
	}

	@GetMapping
	List<ItemSummary> search(@RequestParam("q") String query) {
		return this.store.search(query.strip(), SEARCH_LIMIT);
	}

	@GetMapping("/{contentId}/timeline")
	List<LineageEvent> timeline(@PathVariable String contentId) {
		return this.store.timeline(contentId);
	}

}
