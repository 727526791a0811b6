package org.newsroom.pipeline.console.item;

import java.time.Instant;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.console.audit.AuditStore;
import org.newsroom.pipeline.console.command.CommandService;
import org.newsroom.pipeline.console.item.ItemView.Reached;
import org.newsroom.pipeline.console.lineage.LineageStore;
import org.newsroom.pipeline.console.web.ConsolePages;
import org.newsroom.pipeline.console.web.PageSliceConfiguration;
import org.newsroom.pipeline.contract.audit.AuditAction;
import org.newsroom.pipeline.contract.audit.AuditOutcome;
import org.newsroom.pipeline.contract.audit.AuditRecord;
import org.newsroom.pipeline.contract.lineage.LineageEvent;
import org.newsroom.pipeline.contract.lineage.LineageOutcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
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
 * The item list and an item's timeline as an on-call operator sees them, over stubbed
 * stores, with the links of the shipped settings.
 */
// the shipped users are the local stack's, which a test runs as
@WebMvcTest(controllers = ItemPageController.class, properties = "pipeline.local-mode=true")
@Import(PageSliceConfiguration.class)
@EnableConfigurationProperties(LinksProperties.class)
class ItemPageControllerTests {

	private static final Instant AT = Instant.parse("2025-03-04T05:06:07Z");

	private static final Instant UNTIL = Instant.parse("2025-03-04T08:00:00Z");

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ItemList items;

	@MockitoBean
	private LineageStore lineage;

	@MockitoBean
	private CommandService commands;

	@MockitoBean
	private AuditStore audit;

	@Test
	void listsTheItemsTheFilterFindsWithTheStateEachReachedAndKeepsTheFilterOnTheNextPage() throws Exception {
		given(this.items.page(new ItemFilter(null, ItemState.EMBARGOED, "article", null, null, null), 0, 1))
			.willReturn(new ItemPage(List
				.of(new ItemView("item-1", "Bahn und GDL einigen sich", "article", "wirtschaft", 2, ItemState.EMBARGOED,
						AT, UNTIL, AT, List.of(new Reached("ingest", "ACCEPTED", 2, AT.minusSeconds(2)),
								new Reached("publish", "EMBARGOED", 2, AT)))),
					0, 1, 3, 600));

		Document page = page(this.mvc, "/items?state=EMBARGOED&kind=article&size=1", viewer());

		Element row = page.selectFirst("[data-test=result-row][data-content-id=item-1]");
		assertThat(row.attr("data-state")).isEqualTo("EMBARGOED");
		assertThat(row.selectFirst("[data-test=item-state]").text())
			.isEqualTo("embargoed until 2025-03-04T08:00:00Z since 2025-03-04T05:06:07Z");
		assertThat(row.select("[data-test=item-reached] [data-stage]").eachAttr("data-stage")).containsExactly("ingest",
				"publish");
		assertThat(page.getElementById("item-count").text()).startsWith("3 items").contains("for 10 min");
		assertThat(page.selectFirst("#filter-state option[selected]").val()).isEqualTo("EMBARGOED");
		assertThat(page.getElementById("page-next").attr("href")).contains("state=EMBARGOED", "kind=article", "size=1")
			.endsWith("page=1");
		assertThat(page.getElementById("page-previous")).isNull();
	}

	@Test
	void refusesAStateItDoesNotKnow() throws Exception {
		this.mvc.perform(get("/items?state=LOST").with(viewer())).andExpect(status().isBadRequest());
		verify(this.items, never()).page(any(), anyInt(), anyInt());
	}

	@Test
	void saysWhichTimeItCouldNotReadInsteadOfFailing() throws Exception {
		this.mvc.perform(get("/items?to=tomorrow").with(viewer()))
			.andExpect(status().isBadRequest())
			.andExpect(status().reason(containsString("tomorrow")));
		verify(this.items, never()).page(any(), anyInt(), anyInt());
	}

	@Test
	void showsAnEpisodesTimelineWithItsLatestHeadlineItsLinksAndWhatOperatorsDidToIt() throws Exception {
		given(this.lineage.timeline("ep-1"))
			.willReturn(List.of(step("ingest", LineageOutcome.ACCEPTED, null, "Morgenmagazin, erste Fassung"),
					step("enrich", LineageOutcome.ENRICHED, null, "Morgenmagazin vom 4. März"),
					step("publish", LineageOutcome.PUBLISHED, "published kind=episode show=morgenmagazin", null)));
		given(this.audit.about("ep-1")).willReturn(List.of(new AuditRecord("a-1", AuditAction.REENRICH,
				AuditOutcome.DONE, "operator", "enrich", "item:ep-1", "ep-1", "cmd-1", null, AT, null)));

		Document page = page(this.mvc, "/items/ep-1", viewer());

		assertThat(page.getElementById("item-headline").text()).isEqualTo("Morgenmagazin vom 4. März");
		assertThat(page.select("[data-test=timeline-row]").eachAttr("data-stage")).containsExactly("ingest", "enrich",
				"publish");
		assertThat(page.getElementById("link-content").attr("href"))
			.isEqualTo("http://localhost:8083/api/v1/content/ep-1");
		assertThat(page.getElementById("link-podcast").attr("href"))
			.isEqualTo("http://localhost:8083/podcasts/morgenmagazin.rss");
		assertThat(page.select("[data-test=item-action-row]").eachAttr("data-outcome")).containsExactly("DONE");
		assertThat(page.getElementById("reenrich")).as("no re-enrich button for a viewer").isNull();
	}

	@Test
	void offersAnOperatorTheReEnrichmentOfAnItemItHasNotSeenYet() throws Exception {
		given(this.lineage.timeline("art-9")).willReturn(List.of());
		given(this.audit.about("art-9")).willReturn(List.of());

		Document page = page(this.mvc, "/items/art-9", operator());

		assertThat(page.getElementById("item-headline").text()).isEqualTo("art-9");
		assertThat(page.getElementById("empty-timeline")).isNotNull();
		assertThat(page.getElementById("link-podcast")).isNull();
		assertThat(page.getElementById("reenrich").parent().attr("action")).isEqualTo("/items/art-9/reenrich");
	}

	@Test
	void refusesAReEnrichmentAViewerAsksFor() throws Exception {
		submit(this.mvc, viewer(), "/items/art-9/reenrich").andExpect(status().isForbidden());
		verifyNoInteractions(this.commands);
	}

	@Test
	void reEnrichesForAnOperatorAndReturnsToTheItem() throws Exception {
		submit(this.mvc, operator(), "/items/art 9/reenrich").andExpect(redirectedUrl("/items/art%209"))
			.andExpect(flash().attribute("message", "Re-enrichment of art 9 requested."));
		verify(this.commands).reenrich("art 9", "operator");
	}

	@Test
	void sendsAnAnonymousVisitorToTheLoginPage() throws Exception {
		ConsolePages.assertSendsAnonymousToLogin(this.mvc, "/items");
		ConsolePages.assertSendsAnonymousToLogin(this.mvc, "/items/art-9");
	}

	private static LineageEvent step(String stage, LineageOutcome outcome, String detail, String headline) {
		return new LineageEvent("evt-" + stage, "ep-1", 1, stage, stage, outcome, detail, headline, AT.minusSeconds(9),
				AT, 1500, null, "episode", "kultur", null);
	}

}
