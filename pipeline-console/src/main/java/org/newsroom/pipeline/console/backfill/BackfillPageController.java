package org.newsroom.pipeline.console.backfill;

import java.security.Principal;

import org.newsroom.pipeline.console.command.CommandRecord;
import org.newsroom.pipeline.console.command.CommandService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The backfills page: starts one ("re-enrich every item") and shows how far each got.
 */
@Controller
class BackfillPageController {

	private final BackfillStore store;

	private final CommandService commands;

	BackfillPageController(BackfillStore store, CommandService commands) {
		this.store = store;
		this.commands = commands;
	}

	@GetMapping("/backfills")
	String list(Model model) {
		model.addAttribute("backfills", this.store.latest());
		return "backfills";
	}

	@PostMapping("/commands/reenrich-all")
	String start(Principal principal, RedirectAttributes redirect) {
		CommandRecord command = this.commands.reenrichAll(principal.getName());
		redirect.addFlashAttribute("message",
				"Backfill " + command.id() + " sent to " + command.target() + ": " + command.status());
		return "redirect:/backfills";
	}

}
