package org.newsroom.pipeline.console.delivery;

import java.security.Principal;

import org.newsroom.pipeline.console.command.CommandRecord;
import org.newsroom.pipeline.console.command.CommandService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Failed and retrying webhook deliveries, with commands to redeliver and to disable or
 * enable a subscription, and the commands sent so far.
 */
@Controller
class DeliveryPageController {

	private static final String BACK = "redirect:/deliveries";

	private final DeliveryService deliveries;

	private final CommandService commands;

	DeliveryPageController(DeliveryService deliveries, CommandService commands) {
		this.deliveries = deliveries;
		this.commands = commands;
	}

	@GetMapping("/deliveries")
	String list(Model model) {
		model.addAttribute("deliveries", this.deliveries.unsuccessful());
		model.addAttribute("commands", this.commands.latest());
		return "deliveries";
	}

	@PostMapping("/deliveries/redeliver")
	String redeliver(@RequestParam String deliveryId, @RequestParam(required = false) String contentId,
			Principal principal, RedirectAttributes redirect) {
		return done(this.commands.redeliver(deliveryId, blankToNull(contentId), principal.getName()), redirect);
	}

	@PostMapping("/subscriptions/disable")
	String disable(@RequestParam String subscriptionId, Principal principal, RedirectAttributes redirect) {
		return done(this.commands.subscription(subscriptionId.strip(), false, principal.getName()), redirect);
	}

	@PostMapping("/subscriptions/enable")
	String enable(@RequestParam String subscriptionId, Principal principal, RedirectAttributes redirect) {
		return done(this.commands.subscription(subscriptionId.strip(), true, principal.getName()), redirect);
	}

	private static String done(CommandRecord command, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message",
				command.type() + " sent to " + command.target() + ": " + command.status());
		return BACK;
	}

	private static String blankToNull(String value) {
		return (value != null && !value.isBlank()) ? value.strip() : null;
	}

}
