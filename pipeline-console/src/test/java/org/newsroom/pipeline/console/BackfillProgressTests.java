package org.newsroom.pipeline.console;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.contract.audit.AuditAction;
import org.newsroom.pipeline.contract.audit.AuditOutcome;
import org.newsroom.pipeline.contract.audit.AuditProgress;
import org.newsroom.pipeline.contract.audit.AuditRecord;
import org.newsroom.pipeline.contract.json.ContractJson;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A backfill as operators follow it on the backfills page and in the API: asked for,
 * running with done of total, rate and time to go from enrich's progress reports, and
 * ended; the reports stay out of the audit trail.
 */
class BackfillProgressTests extends ConsoleTestSupport {

	private static final Duration WAIT = Duration.ofSeconds(30);

	@Test
	void followsABackfillFromTheRequestThroughItsProgressToTheEnd() {
		ConsoleBrowser operator = operator();
		operator.page("/backfills");
		HttpResponse<String> sent = operator.post("/commands/reenrich-all", Map.of());
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/backfills");

		Element requested = await().atMost(WAIT)
			.until(() -> operator.page("/backfills").selectFirst("[data-test=backfill-row]"), (row) -> row != null
					&& "operator".equals(row.child(1).text()) && "REQUESTED".equals(row.attr("data-state")));
		String command = requested.attr("data-command");
		assertThat(requested.selectFirst(".detail").text()).isEqualTo("waiting for enrich to begin");

		Instant start = Instant.now().minusSeconds(60);
		send(record(command, AuditOutcome.STARTED, "250 items to re-enrich", start,
				new AuditProgress(250, 0, 0, start)));
		send(record(command, AuditOutcome.PROGRESS, null, start.plusSeconds(10),
				new AuditProgress(250, 100, 0, start)));
		Element running = await().atMost(WAIT)
			.until(() -> row(operator.page("/backfills"), command), (row) -> "100".equals(row.attr("data-done")));
		assertThat(running.attr("data-state")).isEqualTo("RUNNING");
		assertThat(running.selectFirst("[data-test=backfill-percent]").text()).isEqualTo("40 %");
		assertThat(running.selectFirst("[data-test=backfill-done]").text()).isEqualTo("100 / 250");
		assertThat(running.text()).contains("10.0 items/s");
		assertThat(running.selectFirst("[data-test=backfill-eta]").text()).isEqualTo("15 s");
		JsonNode status = api("/api/v1/backfills/" + command);
		assertThat(status.get("percent").asInt()).isEqualTo(40);
		assertThat(status.get("ratePerSecond").asDouble()).isEqualTo(10.0);
		assertThat(status.get("etaSeconds").asLong()).isEqualTo(15);

		send(record(command, AuditOutcome.PROGRESS, null, start.plusSeconds(20),
				new AuditProgress(250, 200, 1, start)));
		send(record(command, AuditOutcome.FAILED, "260 items read, 259 re-enriched, 1 failed in 26 s",
				start.plusSeconds(26), new AuditProgress(260, 260, 1, start)));
		Element ended = await().atMost(WAIT)
			.until(() -> row(operator.page("/backfills"), command), (row) -> "FAILED".equals(row.attr("data-state")));
		assertThat(ended.selectFirst("[data-test=backfill-percent]").text()).isEqualTo("100 %");
		assertThat(ended.selectFirst("[data-test=backfill-done]").text()).isEqualTo("260 / 260");
		assertThat(ended.selectFirst("[data-test=backfill-failed]").text()).isEqualTo("1");
		assertThat(ended.selectFirst("[data-test=backfill-eta]").text()).isEqualTo("–");
		assertThat(ended.selectFirst(".detail").text()).contains("1 failed");

		JsonNode trail = api("/api/v1/audit?action=BACKFILL&size=100");
		assertThat(trail.get("records")
			.valueStream()
			.filter((r) -> command.equals(r.path("commandId").asString()))
			.map((r) -> r.get("outcome").asString())).containsExactlyInAnyOrder("REQUESTED", "STARTED", "FAILED");
	}

	@Test
	void showsBackfillsToViewersWithoutTheButtonToStartOne() {
		Document page = viewer().page("/backfills");
		assertThat(page.getElementById("reenrich-all")).isNull();
		assertThat(page.selectFirst("h1").text()).isEqualTo("Backfills");
		assertThat(operator().page("/backfills").getElementById("reenrich-all")).isNotNull();
	}

	private static Element row(Document page, String command) {
		return page.selectFirst("[data-test=backfill-row][data-command=" + command + "]");
	}

	private static AuditRecord record(String command, AuditOutcome outcome, String detail, Instant at,
			AuditProgress progress) {
		return new AuditRecord(UUID.randomUUID().toString(), AuditAction.BACKFILL, outcome, "operator", "enrich",
				"every item", null, command, detail, at, progress);
	}

	private void send(AuditRecord record) {
		this.kafka.send(this.properties.topics().audit(), record.subject(), Map.of(),
				ContractJson.mapper().writeValueAsBytes(record));
	}

}
