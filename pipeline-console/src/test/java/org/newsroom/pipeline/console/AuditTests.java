package org.newsroom.pipeline.console;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.contract.audit.AuditAction;
import org.newsroom.pipeline.contract.audit.AuditOutcome;
import org.newsroom.pipeline.contract.audit.AuditRecord;
import org.newsroom.pipeline.contract.json.ContractJson;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The audit trail in the console: every operator action with who, when, what and the
 * outcome, on its own page, on the item's timeline and in the API.
 */
class AuditTests extends ConsoleTestSupport {

	private static final Duration WAIT = Duration.ofSeconds(30);

	@Test
	void showsAnOperatorsRequestTogetherWithTheOutcomeTheServiceRecorded() {
		String item = unique("audited");
		ConsoleBrowser operator = operator();
		operator.page("/items/" + item);
		assertThat(operator.post("/items/" + item + "/reenrich", Map.of()).statusCode()).isEqualTo(302);

		String rows = "[data-test=audit-row][data-action=REENRICH]";
		Element requested = await().atMost(WAIT)
			.until(() -> operator.page("/audit?contentId=" + item).selectFirst(rows), (row) -> row != null);
		assertThat(requested.attr("data-outcome")).isEqualTo("REQUESTED");
		assertThat(requested.attr("data-actor")).isEqualTo("operator");
		String command = requested.attr("data-command");
		assertThat(command).isNotBlank();

		// what enrich sends once it carried the command out
		sendAudit(new AuditRecord(UUID.randomUUID().toString(), AuditAction.REENRICH, AuditOutcome.DONE, "operator",
				"enrich", "item:" + item, item, command, null, Instant.now(), null));
		await().atMost(WAIT)
			.until(() -> operator.page("/items/" + item).select("[data-test=item-action-row]").size() == 2);
		Document page = operator.page("/items/" + item);
		assertThat(page.select("[data-test=item-action-row]").eachAttr("data-outcome")).containsExactly("REQUESTED",
				"DONE");
		assertThat(operator.page("/audit?contentId=" + item).select(rows).eachAttr("data-command"))
			.containsOnly(command);
	}

	@Test
	void recordsAFailedLoginWithTheNameTriedButNotThePassword() {
		String name = unique("mallory");
		String password = "tried-" + UUID.randomUUID();
		HttpResponse<String> login = new ConsoleBrowser(this.port).login(name, password);
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login?error"));

		ConsoleBrowser operator = operator();
		Element row = await().atMost(WAIT)
			.until(() -> operator.page("/audit?action=LOGIN_FAILED&actor=" + name).selectFirst("[data-test=audit-row]"),
					(found) -> found != null);
		assertThat(row.attr("data-outcome")).isEqualTo("DENIED");
		assertThat(row.text()).contains("BadCredentialsException").doesNotContain(password);
		assertThat(row.hasClass("bad")).isTrue();
	}

	@Test
	void pagesAndFiltersTheTrailNewestFirst() {
		String actor = unique("olga");
		Instant start = Instant.now().minusSeconds(600);
		for (int i = 0; i < 60; i++) {
			AuditAction action = (i % 3 == 0) ? AuditAction.ROTATE_SECRET : AuditAction.DISABLE_SUBSCRIPTION;
			sendAudit(new AuditRecord(UUID.randomUUID().toString(), action, AuditOutcome.DONE, actor, "publish",
					"subscription:s-" + i, null, null, null, start.plusSeconds(i), null));
		}
		await().atMost(WAIT).until(() -> api("/api/v1/audit?actor=" + actor + "&page=1").get("records").size() == 10);

		ConsoleBrowser viewer = viewer();
		Document first = viewer.page("/audit?actor=" + actor);
		List<String> subjects = first.select("[data-test=audit-row] td:nth-child(4)").eachText();
		assertThat(subjects).hasSize(50).startsWith("subscription:s-59", "subscription:s-58");
		assertThat(first.selectFirst("#audit-older")).isNotNull();
		assertThat(first.selectFirst("#audit-newer")).isNull();
		Document second = viewer.page(first.selectFirst("#audit-older").attr("href"));
		assertThat(second.select("[data-test=audit-row] td:nth-child(4)").eachText()).hasSize(10)
			.endsWith("subscription:s-0");
		assertThat(second.selectFirst("#audit-older")).isNull();

		JsonNode rotations = api("/api/v1/audit?actor=" + actor + "&action=ROTATE_SECRET&size=100");
		assertThat(rotations.get("records").size()).isEqualTo(20);
		assertThat(rotations.get("records").valueStream().map((r) -> r.get("action").asString()))
			.containsOnly("ROTATE_SECRET");
		assertThat(rotations.get("hasOlder").asBoolean()).isFalse();
	}

	@Test
	void deadLettersAnAuditRecordItCannotReadAndStoresTheOthers() {
		String bad = unique("unreadable");
		String good = unique("readable");
		this.kafka.send(this.properties.topics().audit(), bad, Map.of(),
				"{\"id\":\"x\",\"action\":\"SHRED_EVIDENCE\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		sendAudit(new AuditRecord(UUID.randomUUID().toString(), AuditAction.REPLAY, AuditOutcome.DONE, good, "console",
				"dead-letter:1", null, null, null, Instant.now(), null));

		ConsoleBrowser operator = operator();
		Element row = await().atMost(WAIT)
			.until(() -> operator.page("/dead-letters")
				.selectFirst("[data-test=dead-letter-row][data-key=" + bad + "]"), (found) -> found != null);
		assertThat(row.selectFirst("[data-test=dead-letter-reason]").text()).contains("SHRED_EVIDENCE");
		assertThat(row.text()).contains(this.properties.topics().audit());
		await().atMost(WAIT)
			.until(() -> operator.page("/audit?actor=" + good).select("[data-test=audit-row]").size() == 1);
	}

	private void sendAudit(AuditRecord record) {
		this.kafka.send(this.properties.topics().audit(), record.subject(), Map.of(),
				ContractJson.mapper().writeValueAsBytes(record));
	}

}
