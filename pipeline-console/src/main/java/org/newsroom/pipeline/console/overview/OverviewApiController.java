package org.newsroom.pipeline.console.overview;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The overview as JSON; the overview page re-fetches it every few seconds.
 */
@RestController
class OverviewApiController {

	private final OverviewService overview;

	OverviewApiController(OverviewService overview) {
		this.overview = overview;
	}

	@GetMapping("/api/v1/overview")
	Overview overview() {
		return this.overview.overview();
	}

}
