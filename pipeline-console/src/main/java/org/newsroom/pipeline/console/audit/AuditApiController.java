package org.newsroom.pipeline.console.audit;

import org.newsroom.pipeline.contract.audit.AuditAction;
import org.newsroom.pipeline.contract.audit.AuditOutcome;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON of the audit trail, for scripts: newest first, filtered and paged like the page.
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApiController {

	private final AuditStore store;

	AuditApiController(AuditStore store) {
		this.store = store;
	}

	@GetMapping
	AuditPage list(@RequestParam(name = "action", required = false) AuditAction action,
			@RequestParam(name = "outcome", required = false) AuditOutcome outcome,
			@RequestParam(name = "actor", required = false) String actor,
			@RequestParam(name = "contentId", required = false) String contentId,
			@RequestParam(name = "page", defaultValue = "0") int page,
			@RequestParam(name = "size", defaultValue = "" + AuditQuery.DEFAULT_SIZE) int size) {
		return this.store.find(new AuditQuery(action, outcome, actor, contentId, page, size));
	}

}
