package org.newsroom.pipeline.console.audit;

import java.util.List;

import org.newsroom.pipeline.contract.audit.AuditAction;
import org.newsroom.pipeline.contract.audit.AuditOutcome;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail: who did which operator action, when, to what, and how it ended.
 */
@Controller
class AuditPageController {

	private final AuditStore store;

	AuditPageController(AuditStore store) {
		this.store = store;
	}

	@GetMapping("/audit")
	String list(@RequestParam(name = "action", required = false) AuditAction action,
			@RequestParam(name = "outcome", required = false) AuditOutcome outcome,
			@RequestParam(name = "actor", required = false) String actor,
			@RequestParam(name = "contentId", required = false) String contentId,
			@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		AuditQuery query = new AuditQuery(action, outcome, actor, contentId, page, AuditQuery.DEFAULT_SIZE);
		model.addAttribute("audit", this.store.find(query));
		model.addAttribute("actions", List.of(AuditAction.values()));
		model.addAttribute("outcomes", List.of(AuditOutcome.values()));
		return "audit";
	}

}
