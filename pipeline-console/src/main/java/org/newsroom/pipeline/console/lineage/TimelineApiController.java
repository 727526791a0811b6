package org.newsroom.pipeline.console.lineage;

import java.util.List;

import org.newsroom.pipeline.contract.lineage.LineageEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON of an item's timeline, for scripts and the console's pages.
 */
@RestController
class TimelineApiController {

	private final LineageStore store;

	TimelineApiController(LineageStore store) {
		this.store = store;
	}

	@GetMapping("/api/v1/items/{contentId}/timeline")
	List<LineageEvent> timeline(@PathVariable String contentId) {
		return this.store.timeline(contentId);
	}

}
