package org.newsroom.pipeline.publish.api;

import java.time.Instant;
import java.util.List;

import org.newsroom.pipeline.publish.publication.PublishedItems;
import org.newsroom.pipeline.publish.publication.PublishedItems.ItemFilter;
import org.newsroom.pipeline.publish.publication.PublishedItems.ItemState;
import org.newsroom.pipeline.publish.publication.PublishedItems.Position;
import org.newsroom.pipeline.publish.publication.PublishedItems.PublishedItem;
import org.newsroom.pipeline.support.security.Roles;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The content API: IPTC ninjs 2.3 items by id and a newest-first list by section, kind
 * and time; public, with embargoed items shown to operators only.
 */
@RestController
class ContentController {

	private static final int MAX_LIMIT = 100;

	private final PublishedItems items;

	ContentController(PublishedItems items) {
		this.items = items;
	}

	@GetMapping("/api/v1/content/{id}")
	ResponseEntity<?> item(@PathVariable String id, Authentication user) {
		ItemState state = this.items.find(id).orElse(null);
		if (state == null || state.item() == null) {
			return problem(HttpStatus.NOT_FOUND, "No item " + id);
		}
		if (state.withdrawn()) {
			return problem(HttpStatus.GONE, "Item " + id + " was withdrawn");
		}
		if (!state.live() && !isOperator(user)) {
			// an embargoed item does not exist for the public
			return problem(HttpStatus.NOT_FOUND, "No item " + id);
		}
		return ResponseEntity.ok(NinjsItems.of(state.item()));
	}

	@GetMapping("/api/v1/content")
	ResponseEntity<?> list(@RequestParam(required = false) String section, @RequestParam(required = false) String kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant since,
			@RequestParam(defaultValue = "20") int limit, @RequestParam(required = false) String cursor) {
		Position after;
		try {
			after = (cursor != null) ? ContentCursor.decode(cursor) : null;
		}
		catch (IllegalArgumentException ex) {
			return problem(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
		int size = Math.max(1, Math.min(limit, MAX_LIMIT));
		List<PublishedItem> page = this.items.live(new ItemFilter(section, kind, null, since, after), size);
		String next = (page.size() == size) ? ContentCursor.encode(page.get(page.size() - 1).position()) : null;
		return ResponseEntity
			.ok(new ContentPage(page.stream().map(PublishedItem::item).map(NinjsItems::of).toList(), next));
	}

	private static boolean isOperator(Authentication user) {
		return user != null && user.getAuthorities()
			.stream()
			.anyMatch((authority) -> ("ROLE_" + Roles.OPERATOR).equals(authority.getAuthority()));
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
	}

	/**
	 * One page of the content list.
	 *
	 * @param items the ninjs items, newest first
	 * @param next the cursor of the next page, or {@code null} on the last
	 */
	record ContentPage(List<NinjsItem> items, String next) {
	}

}
