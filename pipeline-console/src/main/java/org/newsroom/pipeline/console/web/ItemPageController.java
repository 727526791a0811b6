package org.newsroom.pipeline.console.web;

import java.security.Principal;
import java.util.List;

import org.newsroom.pipeline.console.audit.AuditStore;
import org.newsroom.pipeline.console.command.CommandService;
import org.newsroom.pipeline.console.lineage.LineageStore;
import org.newsroom.pipeline.contract.lineage.LineageEvent;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Item search and the timeline of one item across every stage, with the operator actions
 * on it.
 */
@Controller
class ItemPageController {

	private static final int SEARCH_LIMIT = 50;

	private final LineageStore lineage;

	private final CommandService commands;

	private final LinksProperties links;

	private final AuditStore audit;

	ItemPageController(LineageStore lineage, CommandService commands, LinksProperties links, AuditStore audit) {
		this.lineage = lineage;
		this.audit = audit;
		this.commands = commands;
		this.links = links;
	}

	@GetMapping("/items")
	String search(@RequestParam(name = "q", required = false) String query, Model model) {
		String q = (query != null) ? query.strip() : "";
		model.addAttribute("q", q);
		model.addAttribute("results", q.isEmpty() ? List.of() : this.lineage.search(q, SEARCH_LIMIT));
		return "items";
	}

	@GetMapping("/items/{contentId}")
	String item(@PathVariable String contentId, Model model) {
		List<LineageEvent> timeline = this.lineage.timeline(contentId);
		model.addAttribute("contentId", contentId);
		model.addAttribute("timeline", timeline);
		model.addAttribute("headline",
				timeline.stream()
					.map(LineageEvent::headline)
					.filter((h) -> h != null)
					.reduce((first, second) -> second)
					.orElse(null));
		model.addAttribute("links", ItemLinks.of(contentId, timeline, this.links));
		model.addAttribute("actions", this.audit.about(contentId));
		return "item";
	}

	@PostMapping("/items/{contentId}/reenrich")
	String reenrich(@PathVariable String contentId, Principal principal, RedirectAttributes redirect) {
		this.commands.reenrich(contentId, principal.getName());
		redirect.addFlashAttribute("message", "Re-enrichment of " + contentId + " requested.");
		return "redirect:"
				+ UriComponentsBuilder.fromPath("/items/{id}").buildAndExpand(contentId).encode().toUriString();
	}

}
