package org.newsroom.pipeline.console.audit;

import java.time.Instant;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.console.web.ConsolePages;
import org.newsroom.pipeline.console.web.PageSliceConfiguration;
import org.newsroom.pipeline.contract.audit.AuditAction;
import org.newsroom.pipeline.contract.audit.AuditOutcome;
import org.newsroom.pipeline.contract.audit.AuditRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.newsroom.pipeline.console.web.ConsolePages.page;
import static org.newsroom.pipeline.console.web.ConsolePages.viewer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit trail page as an on-call operator sees it, over a stubbed store.
 */
// the shipped users are the local stack's, which a test runs as
@WebMvcTest(controllers = AuditPageController.class, properties = "pipeline.local-mode=true")
@Import(PageSliceConfiguration.class)
class AuditPageControllerTests {

	private static final Instant AT = Instant.parse("2025-03-04T05:06:07Z");

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private AuditStore store;

	@Test
	void showsAViewerTheRecordsTheFilterFindsWithLinksToTheNeighbouringPages() throws Exception {
		AuditQuery query = new AuditQuery(AuditAction.REPLAY, null, "olga", null, 1, AuditQuery.DEFAULT_SIZE);
		given(this.store.find(query)).willReturn(new AuditPage(List.of(
				record(AuditAction.REPLAY, AuditOutcome.DONE, "dead-letter:news.cms.content.v1/3/41", null),
				record(AuditAction.REPLAY, AuditOutcome.FAILED, "dead-letter:news.cms.content.v1/3/42", "broker down")),
				query, true));

		Document page = page(this.mvc, "/audit?action=REPLAY&actor=olga&page=1", viewer());

		assertThat(page.select("[data-test=audit-row]").eachAttr("data-outcome")).containsExactly("DONE", "FAILED");
		assertThat(page.select("[data-test=audit-row]").eachAttr("data-actor")).containsOnly("olga");
		Element failed = page.selectFirst("[data-test=audit-row][data-outcome=FAILED]");
		assertThat(failed.hasClass("bad")).isTrue();
		assertThat(failed.selectFirst("td.detail").text()).isEqualTo("broker down");
		assertThat(page.selectFirst("#action option[selected]").val()).isEqualTo("REPLAY");
		assertThat(page.getElementById("audit-newer").attr("href")).contains("action=REPLAY", "actor=olga")
			.endsWith("page=0");
		assertThat(page.getElementById("audit-older").attr("href")).contains("action=REPLAY", "actor=olga")
			.endsWith("page=2");
		assertThat(page.getElementById("current-user").text()).isEqualTo("viewer viewer");
	}

	@Test
	void saysSoWhenNoRecordMatches() throws Exception {
		given(this.store.find(any())).willAnswer((call) -> new AuditPage(List.of(), call.getArgument(0), false));

		Document page = page(this.mvc, "/audit?contentId=nothing-here", viewer());

		assertThat(page.getElementById("no-audit")).isNotNull();
		assertThat(page.getElementById("audit")).isNull();
		assertThat(page.getElementById("audit-older")).isNull();
	}

	@Test
	void sendsAnAnonymousVisitorToTheLoginPage() throws Exception {
		ConsolePages.assertSendsAnonymousToLogin(this.mvc, "/audit");
		verify(this.store, never()).find(any());
	}

	@Test
	void refusesAnActionItDoesNotKnow() throws Exception {
		this.mvc.perform(get("/audit?action=SHRED_EVIDENCE").with(viewer())).andExpect(status().isBadRequest());
		verify(this.store, never()).find(any());
	}

	private static AuditRecord record(AuditAction action, AuditOutcome outcome, String subject, String detail) {
		return new AuditRecord("audit-" + subject.hashCode(), action, outcome, "olga", "console", subject, "item-1",
				"cmd-7", detail, AT, null);
	}

}
