package org.newsroom.pipeline.console.overview;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The overview page; its script refreshes it from {@code /api/v1/overview}.
 */
@Controller
class OverviewPageController {

	private final OverviewService overview;

	OverviewPageController(OverviewService overview) {
		this.overview = overview;
	}

	@GetMapping("/")
	String overview(Model model) {
		model.addAttribute("overview", this.overview.overview());
		return "overview";
	}

}
