package org.newsroom.pipeline.console.backfill;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.console.backfill.BackfillStatus.State;
import org.newsroom.pipeline.console.command.CommandRecord;
import org.newsroom.pipeline.console.command.CommandService;
import org.newsroom.pipeline.console.web.ConsolePages;
import org.newsroom.pipeline.console.web.PageSliceConfiguration;
import org.newsroom.pipeline.contract.command.CommandType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.newsroom.pipeline.console.web.ConsolePages.operator;
import static org.newsroom.pipeline.console.web.ConsolePages.page;
import static org.newsroom.pipeline.console.web.ConsolePages.submit;
import static org.newsroom.pipeline.console.web.ConsolePages.viewer;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The backfills page as an on-call operator sees it: how far each backfill got, and who
 * may start one.
 */
// the shipped users are the local stack's, which a test runs as
@WebMvcTest(controllers = BackfillPageController.class, properties = "pipeline.local-mode=true")
@Import(PageSliceConfiguration.class)
class BackfillPageControllerTests {

	private static final Instant STARTED = Instant.parse("2025-03-04T05:06:00Z");

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private BackfillStore store;

	@MockitoBean
	private CommandService commands;

	@Test
	void showsHowFarARunningBackfillGotAndKeepsRefreshingWhileItRuns() throws Exception {
		given(this.store.latest()).willReturn(List.of(
				new BackfillStatus("cmd-2", "operator", STARTED, State.RUNNING, 1000, 400, 3, STARTED,
						STARTED.plusSeconds(5), null, "page 4 of 10"),
				new BackfillStatus("cmd-1", "operator", STARTED.minusSeconds(3600), State.DONE, 900, 900, 0,
						STARTED.minusSeconds(3600), STARTED.minusSeconds(3590), STARTED.minusSeconds(3590), null)));

		Document page = page(this.mvc, "/backfills", viewer());

		Element running = page.selectFirst("[data-test=backfill-row][data-command=cmd-2]");
		assertThat(running.attr("data-state")).isEqualTo("RUNNING");
		assertThat(running.selectFirst("[data-test=backfill-percent]").text()).isEqualTo("40 %");
		assertThat(running.selectFirst("[data-test=backfill-done]").text()).isEqualTo("400 / 1000");
		assertThat(running.selectFirst("[data-test=backfill-eta]").text()).isEqualTo("8 s");
		assertThat(running.hasClass("bad")).as("some items failed").isTrue();
		assertThat(page.selectFirst("[data-test=backfill-row][data-command=cmd-1]").attr("data-percent"))
			.isEqualTo("100");
		assertThat(page.getElementById("backfills-refreshing")).isNotNull();
	}

	@Test
	void offersTheStartOfABackfillToOperatorsOnly() throws Exception {
		given(this.store.latest()).willReturn(List.of());

		Document forViewer = page(this.mvc, "/backfills", viewer());
		Document forOperator = page(this.mvc, "/backfills", operator());

		assertThat(forViewer.getElementById("no-backfills")).isNotNull();
		assertThat(forViewer.getElementById("backfills-refreshing")).isNull();
		assertThat(forViewer.getElementById("reenrich-all-form")).isNull();
		assertThat(forOperator.getElementById("reenrich-all-form").attr("action")).isEqualTo("/commands/reenrich-all");
	}

	@Test
	void refusesABackfillAViewerAsksFor() throws Exception {
		submit(this.mvc, viewer(), "/commands/reenrich-all").andExpect(status().isForbidden());
		verify(this.commands, never()).reenrichAll(anyString());
	}

	@Test
	void startsABackfillForAnOperatorAndSaysWhereItWent() throws Exception {
		given(this.commands.reenrichAll("operator")).willReturn(new CommandRecord("cmd-3", CommandType.REENRICH_ALL,
				"enrich", null, Map.of(), "operator", STARTED, "SENT"));

		submit(this.mvc, operator(), "/commands/reenrich-all").andExpect(redirectedUrl("/backfills"))
			.andExpect(flash().attribute("message", "Backfill cmd-3 sent to enrich: SENT"));
	}

	@Test
	void sendsAnAnonymousVisitorToTheLoginPage() throws Exception {
		ConsolePages.assertSendsAnonymousToLogin(this.mvc, "/backfills");
	}

}
