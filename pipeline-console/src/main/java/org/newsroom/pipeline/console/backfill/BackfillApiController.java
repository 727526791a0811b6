package org.newsroom.pipeline.console.backfill;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON of the backfills, for scripts: the newest first, or one by its command id, each
 * with its percentage, rate and time to go.
 */
@RestController
@RequestMapping("/api/v1/backfills")
class BackfillApiController {

	private final BackfillStore store;

	BackfillApiController(BackfillStore store) {
		this.store = store;
	}

	@GetMapping
	List<BackfillStatus> latest() {
		return this.store.latest();
	}

	@GetMapping("/{commandId}")
	ResponseEntity<BackfillStatus> one(@PathVariable String commandId) {
		return ResponseEntity.of(this.store.find(commandId));
	}

}
