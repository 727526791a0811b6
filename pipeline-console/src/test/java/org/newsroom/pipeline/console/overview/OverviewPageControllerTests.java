package org.newsroom.pipeline.console.overview;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.console.lag.ConsumerLag;
import org.newsroom.pipeline.console.overview.Overview.Channel;
import org.newsroom.pipeline.console.overview.Overview.Stage;
import org.newsroom.pipeline.console.web.ConsolePages;
import org.newsroom.pipeline.console.web.PageSliceConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.newsroom.pipeline.console.web.ConsolePages.operator;
import static org.newsroom.pipeline.console.web.ConsolePages.page;
import static org.newsroom.pipeline.console.web.ConsolePages.viewer;

/**
 * The overview page as an on-call operator first sees it, before its script refreshes it,
 * over a stubbed overview.
 */
// the shipped users are the local stack's, which a test runs as
@WebMvcTest(controllers = OverviewPageController.class, properties = "pipeline.local-mode=true")
@Import(PageSliceConfiguration.class)
class OverviewPageControllerTests {

	private static final Instant AT = Instant.parse("2025-03-04T05:06:07Z");

	private static final Percentiles NONE = new Percentiles(0, 0, 0, 0);

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private OverviewService overview;

	@Test
	void showsEachStagesFiguresTheChannelsAndAStaleLag() throws Exception {
		given(this.overview.overview()).willReturn(new Overview(AT, 300, 1000, 100, 86400, 4, List.of(
				new Stage("ingest", Map.of("ACCEPTED", 120L, "REJECTED", 3L), 123, 40, 8.0,
						new Percentiles(1500, 4000, 9000, 123), null, null, null, 2, 17),
				new Stage("publish", Map.of("PUBLISHED", 118L), 118, 38, 7.6, new Percentiles(800, 950, 990, 118),
						new Percentiles(2100, 5200, 8800, 118), NONE, NONE, 0, 0)),
				List.of(new Channel("webhook", 230, 12, 1, 4, 0.25, "failing")),
				List.of(new ConsumerLag("ingest", "cms.content.v1", 17, 6)), AT.minusSeconds(30), true, 5));

		Document page = page(this.mvc, "/", viewer());

		Element ingest = page.selectFirst("[data-test=stage-row][data-stage=ingest]");
		assertThat(ingest.selectFirst("[data-test=stage-count][data-outcome=REJECTED]").text()).isEqualTo("REJECTED 3");
		assertThat(ingest.selectFirst("[data-test=stage-rate]").text()).isEqualTo("8.0");
		assertThat(ingest.selectFirst("[data-test=stage-duration]").text()).isEqualTo("1.5 / 4.0 / 9.0");
		assertThat(ingest.selectFirst("[data-test=stage-end-to-end]").text()).isEqualTo("–");
		assertThat(ingest.selectFirst("[data-test=stage-lag]").text()).isEqualTo("17");
		Element publish = page.selectFirst("[data-test=stage-row][data-stage=publish]");
		assertThat(publish.selectFirst("[data-test=stage-end-to-end]").text()).isEqualTo("2100 / 5200 / 8800");
		assertThat(publish.selectFirst("[data-test=stage-embargo-release]").text()).as("no sample yet").isEqualTo("–");
		assertThat(page.selectFirst("[data-test=channel-health]").text()).isEqualTo("failing");
		assertThat(page.selectFirst("[data-test=dead-letters-total]").text()).isEqualTo("5");
		assertThat(page.selectFirst("[data-test=stuck-items]").text()).isEqualTo("4");
		assertThat(page.getElementById("lag-status").text()).startsWith("The latest read failed; older values shown.");
		assertThat(page.select("[data-test=lag-row]").eachAttr("data-topic")).containsExactly("cms.content.v1");
	}

	@Test
	void tellsWhoIsLoggedInAndInWhichRole() throws Exception {
		given(this.overview.overview())
			.willReturn(new Overview(AT, 300, 1000, 100, 86400, 0, List.of(), List.of(), List.of(), null, false, 0));

		assertThat(page(this.mvc, "/", viewer()).getElementById("current-user").text()).isEqualTo("viewer viewer");
		Document forOperator = page(this.mvc, "/", operator());
		assertThat(forOperator.getElementById("current-user").text()).isEqualTo("operator operator");
		assertThat(forOperator.getElementById("lag-status").text()).isEqualTo("Read at not yet.");
	}

	@Test
	void sendsAnAnonymousVisitorToTheLoginPage() throws Exception {
		ConsolePages.assertSendsAnonymousToLogin(this.mvc, "/");
		verifyNoInteractions(this.overview);
	}

}
