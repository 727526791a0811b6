package org.newsroom.pipeline.console.deadletter;

import java.security.Principal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsroom.pipeline.console.page.FilterParams;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Dead letters a page at a time with filters, replay of one, of a selection or of all
 * that match (after a confirmation), and the replays so far.
 */
@Controller
class DeadLetterPageController {

	private final DeadLetterStore deadLetters;

	private final ReplayStore replays;

	private final DeadLetterReplayer replayer;

	private final MatchingReplay matching;

	DeadLetterPageController(DeadLetterStore deadLetters, ReplayStore replays, DeadLetterReplayer replayer,
			MatchingReplay matching) {
		this.deadLetters = deadLetters;
		this.replays = replays;
		this.replayer = replayer;
		this.matching = matching;
	}

	@GetMapping("/dead-letters")
	String list(@ModelAttribute("filter") DeadLetterForm form, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "0") int size, Model model) {
		DeadLetterPage result = this.deadLetters.page(form.filter(), page, size);
		model.addAttribute("page", result);
		model.addAttribute("topics", this.deadLetters.topics());
		model.addAttribute("groups", this.deadLetters.consumerGroups());
		model.addAttribute("replays", this.replays.latest());
		FilterParams.addPageLinks(model, "/dead-letters", form.fields(), page, size, result.hasNext());
		model.addAttribute("replayAllLink", FilterParams.pageLink("/dead-letters/replay-matching", form.fields(), 0));
		return "dead-letters";
	}

	// One form serves both: a row's button submits "one", the selection button "ids".
	@PostMapping("/dead-letters/replay")
	String replay(@RequestParam(name = "one", required = false) String one,
			@RequestParam(name = "ids", required = false) List<String> ids, Principal principal,
			RedirectAttributes redirect) {
		List<String> selected = (one != null) ? List.of(one) : ((ids != null) ? ids : List.of());
		List<Replay> done = this.replayer.replay(selected, principal.getName());
		long sent = done.stream().filter((r) -> r.status() == Replay.ReplayStatus.SENT).count();
		redirect.addFlashAttribute("message", "Replayed " + sent + " of " + selected.size() + " dead letter"
				+ ((selected.size() == 1) ? "" : "s") + ".");
		return "redirect:/dead-letters";
	}

	@GetMapping("/dead-letters/replay-matching")
	String confirm(@ModelAttribute("filter") DeadLetterForm form, Model model) {
		Instant now = Instant.now();
		model.addAttribute("asOf", now);
		model.addAttribute("count", this.deadLetters.count(form.filter(), now));
		model.addAttribute("sample", this.deadLetters.page(form.filter(), 0, 10).deadLetters());
		model.addAttribute("cancelLink", FilterParams.pageLink("/dead-letters", form.fields(), 0));
		return "dead-letters-confirm";
	}

	@PostMapping("/dead-letters/replay-matching")
	String replayMatching(@ModelAttribute("filter") DeadLetterForm form, @RequestParam Instant asOf,
			Principal principal, RedirectAttributes redirect) {
		MatchingReplay.Outcome outcome = this.matching.replay(form.filter(), asOf, principal.getName());
		redirect.addFlashAttribute("message",
				"Replayed " + outcome.sent() + " of " + (outcome.sent() + outcome.failed()) + " matching dead letters; "
						+ outcome.failed() + " failed"
						+ ((outcome.left() > 0) ? "; " + outcome.left() + " more match, replay again for them." : "."));
		return "redirect:" + FilterParams.pageLink("/dead-letters", form.fields(), 0);
	}

	/**
	 * The filter fields of the page, as the form sends them.
	 *
	 * @param topic dead-letter or original topic
	 * @param group consumer group
	 * @param reason part of the reason
	 * @param key record key
	 * @param from failed at or after
	 * @param to failed before
	 */
	record DeadLetterForm(String topic, String group, String reason, String key, String from, String to) {

		DeadLetterFilter filter() {
			return new DeadLetterFilter(FilterParams.text(this.topic), FilterParams.text(this.group),
					FilterParams.text(this.reason), FilterParams.text(this.key), FilterParams.time(this.from),
					FilterParams.time(this.to));
		}

		Map<String, String> fields() {
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("topic", this.topic);
			fields.put("group", this.group);
			fields.put("reason", this.reason);
			fields.put("key", this.key);
			fields.put("from", this.from);
			fields.put("to", this.to);
			return fields;
		}

	}

}
