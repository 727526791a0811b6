package org.newsroom.pipeline.console.item;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsroom.pipeline.console.audit.AuditStore;
import org.newsroom.pipeline.console.command.CommandService;
import org.newsroom.pipeline.console.lineage.LineageStore;
import org.newsroom.pipeline.console.page.FilterParams;
import org.newsroom.pipeline.contract.lineage.LineageEvent;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The item list with its filters and search, and the timeline of one item across every
 * stage with the operator actions on it.
 */
@Controller
class ItemPageController {

	private final LineageStore lineage;

	private final CommandService commands;

	private final LinksProperties links;

	private final ItemList items;

	private final AuditStore audit;

	ItemPageController(LineageStore lineage, ItemList items, CommandService commands, LinksProperties links,
			AuditStore audit) {
		this.lineage = lineage;
		this.items = items;
		this.audit = audit;
		this.commands = commands;
		this.links = links;
	}

	@GetMapping("/items")
	String list(@ModelAttribute("filter") ItemForm form, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "0") int size, Model model) {
		ItemPage items = this.items.page(form.filter(), page, size);
		model.addAttribute("states", ItemState.values());
		model.addAttribute("items", items);
		FilterParams.addPageLinks(model, "/items", form.fields(), page, size, items.hasNext());
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

	/**
	 * The filter fields of the item list, as the form sends them.
	 *
	 * @param q the start of a content id or part of a headline
	 * @param state the state
	 * @param kind the kind
	 * @param section the section
	 * @param from active at or after
	 * @param to latest activity before
	 */
	record ItemForm(String q, ItemState state, String kind, String section, String from, String to) {

		ItemFilter filter() {
			return new ItemFilter(FilterParams.text(this.q), this.state, FilterParams.text(this.kind),
					FilterParams.text(this.section), FilterParams.time(this.from), FilterParams.time(this.to));
		}

		Map<String, String> fields() {
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("q", this.q);
			fields.put("state", (this.state != null) ? this.state.name() : null);
			fields.put("kind", this.kind);
			fields.put("section", this.section);
			fields.put("from", this.from);
			fields.put("to", this.to);
			return fields;
		}

	}

}
