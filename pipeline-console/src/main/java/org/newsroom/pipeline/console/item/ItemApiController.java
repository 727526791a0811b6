package org.newsroom.pipeline.console.item;

import java.time.Instant;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The item list as JSON, with the same filters as the page.
 */
@RestController
class ItemApiController {

	private final ItemList items;

	ItemApiController(ItemList items) {
		this.items = items;
	}

	@GetMapping("/api/v1/items")
	ItemPage items(@RequestParam(name = "q", required = false) String query,
			@RequestParam(required = false) ItemState state, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String section,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "0") int size) {
		return this.items.page(new ItemFilter(query, state, kind, section, from, to), page, size);
	}

}
