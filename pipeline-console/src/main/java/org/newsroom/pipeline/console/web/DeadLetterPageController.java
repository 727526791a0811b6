package org.newsroom.pipeline.console.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.newsroom.pipeline.console.deadletter.DeadLetter;
import org.newsroom.pipeline.console.deadletter.DeadLetterReplayer;
import org.newsroom.pipeline.console.deadletter.DeadLetterStore;
import org.newsroom.pipeline.console.deadletter.Replay;
import org.newsroom.pipeline.console.deadletter.ReplayStore;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Dead letters per topic with replay of one or a selection, and the replays so far.
 */
@Controller
class DeadLetterPageController {

	private final DeadLetterStore deadLetters;

	private final ReplayStore replays;

	private final DeadLetterReplayer replayer;

	DeadLetterPageController(DeadLetterStore deadLetters, ReplayStore replays, DeadLetterReplayer replayer) {
		this.deadLetters = deadLetters;
		this.replays = replays;
		this.replayer = replayer;
	}

	@GetMapping("/dead-letters")
	String list(Model model) {
		Map<String, List<DeadLetter>> byTopic = this.deadLetters.latest()
			.stream()
			.collect(Collectors.groupingBy(DeadLetter::dltTopic, TreeMap::new, Collectors.toList()));
		model.addAttribute("byTopic", new LinkedHashMap<>(byTopic));
		model.addAttribute("replays", this.replays.latest());
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

}
