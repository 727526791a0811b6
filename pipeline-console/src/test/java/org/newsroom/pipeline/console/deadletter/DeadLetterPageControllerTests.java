package org.newsroom.pipeline.console.deadletter;

import java.time.Instant;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.console.deadletter.DeadLetter.HeaderView;
import org.newsroom.pipeline.console.deadletter.Replay.ReplayStatus;
import org.newsroom.pipeline.console.web.ConsolePages;
import org.newsroom.pipeline.console.web.PageSliceConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.newsroom.pipeline.console.web.ConsolePages.operator;
import static org.newsroom.pipeline.console.web.ConsolePages.page;
import static org.newsroom.pipeline.console.web.ConsolePages.submit;
import static org.newsroom.pipeline.console.web.ConsolePages.viewer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dead-letters page as an on-call operator sees it: what failed and why, the filter
 * carried from page to page, and who may send a dead letter back.
 */
// the shipped users are the local stack's, which a test runs as
@WebMvcTest(controllers = DeadLetterPageController.class, properties = "pipeline.local-mode=true")
@Import(PageSliceConfiguration.class)
class DeadLetterPageControllerTests {

	private static final String ORIGINAL = "cms.content.v1";

	private static final String DLT = ORIGINAL + ".ingest.dlt";

	private static final Instant FAILED = Instant.parse("2025-03-04T05:06:07Z");

	// what a browser's date-time field sends, read as UTC
	private static final DeadLetterFilter TIMEOUTS_BEFORE_NOON = new DeadLetterFilter(null, "ingest", "timeout", null,
			null, Instant.parse("2025-03-04T12:00:00Z"));

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private DeadLetterStore deadLetters;

	@MockitoBean
	private ReplayStore replays;

	@MockitoBean
	private DeadLetterReplayer replayer;

	@MockitoBean
	private MatchingReplay matching;

	@Test
	void showsAViewerWhyEachDeadLetterFailedAndCarriesTheFilterToTheNextPage() throws Exception {
		givenTwoOfFiveTimeouts();
		given(this.replays.latest()).willReturn(List.of(new Replay("r-1", ORIGINAL + "/3/40", ORIGINAL, "item-40",
				"operator", FAILED, ReplayStatus.FAILED, "broker not available")));

		Document page = page(this.mvc, "/dead-letters?group=ingest&reason=timeout&to=2025-03-04T12:00&size=2",
				viewer());

		assertThat(page.select("[data-test=dead-letter-row]").eachAttr("data-id")).containsExactly(ORIGINAL + "/3/41",
				ORIGINAL + "/3/42");
		Element first = page.selectFirst("[data-test=dead-letter-row]");
		assertThat(first.selectFirst("[data-test=dead-letter-reason]").text())
			.isEqualTo("store write timeout after 5 s");
		assertThat(first.text()).contains(ORIGINAL + " [3] @41", "ingest · ingest · transient");
		assertThat(page.selectFirst("[data-test=dead-letter-total]").text()).isEqualTo("5");
		assertThat(page.getElementById("page-number").text()).isEqualTo("page 1 of 3");
		assertThat(page.getElementById("page-next").attr("href"))
			.contains("group=ingest", "reason=timeout", "to=2025-03-04T12:00", "size=2")
			.endsWith("page=1");
		assertThat(page.selectFirst("#filter-group option[selected]").val()).isEqualTo("ingest");
		assertThat(page.selectFirst("[data-test=replay-row]").attr("data-status")).isEqualTo("FAILED");
		assertThat(page.select("[data-test=replay-one], [data-test=dead-letter-select], #replay-matching"))
			.as("no replay controls for a viewer")
			.isEmpty();
	}

	@Test
	void offersAnOperatorAReplayOfWhatItCanSendBack() throws Exception {
		givenTwoOfFiveTimeouts();

		Document page = page(this.mvc, "/dead-letters?group=ingest&reason=timeout&to=2025-03-04T12:00&size=2",
				operator());

		assertThat(page.select("[data-test=replay-one]").eachAttr("value")).containsExactly(ORIGINAL + "/3/41",
				ORIGINAL + "/3/42");
		assertThat(page.selectFirst("[data-test=replay-one][value=" + ORIGINAL + "/3/42]").hasAttr("disabled"))
			.as("the console does not know where the second goes back to")
			.isTrue();
		assertThat(page.getElementById("replay-matching").attr("href")).startsWith("/dead-letters/replay-matching?")
			.contains("group=ingest", "reason=timeout");
	}

	@Test
	void refusesEveryReplayAViewerAsksFor() throws Exception {
		submit(this.mvc, viewer(), "/dead-letters/replay", "one", ORIGINAL + "/3/41").andExpect(status().isForbidden());
		submit(this.mvc, viewer(), "/dead-letters/replay-matching", "reason", "timeout", "asOf", FAILED.toString())
			.andExpect(status().isForbidden());
		verifyNoInteractions(this.replayer, this.matching);
	}

	@Test
	void replaysAnOperatorsSelectionAndSaysHowManyWentBack() throws Exception {
		List<String> ids = List.of(ORIGINAL + "/3/41", ORIGINAL + "/3/43");
		given(this.replayer.replay(ids, "operator")).willReturn(
				List.of(new Replay("r-2", ids.get(0), ORIGINAL, "item-41", "operator", FAILED, ReplayStatus.SENT, null),
						new Replay("r-3", ids.get(1), ORIGINAL, "item-43", "operator", FAILED, ReplayStatus.FAILED,
								"broker not available")));

		submit(this.mvc, operator(), "/dead-letters/replay", "ids", ids.get(0), "ids", ids.get(1))
			.andExpect(redirectedUrl("/dead-letters"))
			.andExpect(flash().attribute("message", "Replayed 1 of 2 dead letters."));
	}

	@Test
	void replaysWhatMatchedAtTheConfirmedMomentAndReturnsToTheFilteredList() throws Exception {
		given(this.matching.replay(TIMEOUTS_BEFORE_NOON, FAILED, "operator"))
			.willReturn(new MatchingReplay.Outcome(498, 2, 40));

		submit(this.mvc, operator(), "/dead-letters/replay-matching", "group", "ingest", "reason", "timeout", "to",
				"2025-03-04T12:00", "asOf", FAILED.toString())
			.andExpect(redirectedUrl("/dead-letters?group=ingest&reason=timeout&to=2025-03-04T12:00&page=0"))
			.andExpect(flash().attribute("message",
					"Replayed 498 of 500 matching dead letters; 2 failed; 40 more match, replay again for them."));
	}

	@Test
	void refusesAReplayOfAllWithoutTheMomentItWasConfirmedAt() throws Exception {
		submit(this.mvc, operator(), "/dead-letters/replay-matching", "reason", "timeout", "asOf", "now")
			.andExpect(status().isBadRequest());
		verify(this.matching, never()).replay(any(), any(), anyString());
	}

	@Test
	void saysWhichTimeItCouldNotReadInsteadOfFailing() throws Exception {
		this.mvc.perform(get("/dead-letters?from=yesterday").with(viewer()))
			.andExpect(status().isBadRequest())
			.andExpect(status().reason(containsString("yesterday")));
		verify(this.deadLetters, never()).page(any(), anyInt(), anyInt());
	}

	@Test
	void sendsAnAnonymousVisitorToTheLoginPage() throws Exception {
		ConsolePages.assertSendsAnonymousToLogin(this.mvc, "/dead-letters");
	}

	private void givenTwoOfFiveTimeouts() {
		given(this.deadLetters.page(TIMEOUTS_BEFORE_NOON, 0, 2))
			.willReturn(new DeadLetterPage(List.of(deadLetter(41, true), deadLetter(42, false)), 0, 2, 5));
		given(this.deadLetters.topics()).willReturn(List.of(DLT));
		given(this.deadLetters.consumerGroups()).willReturn(List.of("enrich", "ingest"));
	}

	private static DeadLetter deadLetter(long offset, boolean replayable) {
		return new DeadLetter(ORIGINAL + "/3/" + offset, DLT, ORIGINAL, 3, offset, "ingest", "item-" + offset,
				"store write timeout after 5 s", "java.util.concurrent.TimeoutException", "ingest", "transient",
				FAILED.plusSeconds(offset), List.of(new HeaderView("ce_id", "evt-" + offset)), "{\"revision\":2}", true,
				false, 14, replayable, 0, null);
	}

}
