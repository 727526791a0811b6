package org.newsroom.pipeline.console;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.contract.lineage.LineageOutcome;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

// A context of its own, so that the stuck gauge counts exactly this test's items.
@TestPropertySource(properties = "console.items.stuck-after=1m")
class ItemListTests extends ConsoleTestSupport {

	private static final Pattern STUCK_GAUGE = Pattern.compile("(?m)^pipeline_items_stuck\\{[^}]*} (\\S+)$");

	@Test
	void listsItemsNewestFirstWithTheStateEachReached() {
		String p = unique("list");
		Instant now = Instant.now();
		Instant old = now.minus(Duration.ofMinutes(5));
		String until = now.plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS).toString();
		sendLineage(accepted(p + "-live", "article", "politik", now.minusSeconds(9)));
		sendLineage(step(p + "-live", 1, "enrich", LineageOutcome.ENRICHED, null, null, now.minusSeconds(8), 100));
		sendLineage(step(p + "-live", 1, "publish", LineageOutcome.PUBLISHED, "published kind=article", null,
				now.minusSeconds(7), 100));
		sendLineage(accepted(p + "-held", "article", "wirtschaft", now.minusSeconds(6)));
		sendLineage(step(p + "-held", 1, "publish", LineageOutcome.EMBARGOED, "no notice, until " + until, null,
				now.minusSeconds(5), 100));
		sendLineage(accepted(p + "-gone", "episode", "kultur", now.minusSeconds(4)));
		sendLineage(step(p + "-gone", 1, "publish", LineageOutcome.WITHDRAWN, "withdrawn kind=episode", null,
				now.minusSeconds(3), 100));
		sendLineage(step(p + "-bad", 0, "ingest", LineageOutcome.REJECTED, "$.revision: is missing", null,
				now.minusSeconds(2), 0));
		sendLineage(accepted(p + "-stuck", "episode", "kultur", old));
		sendLineage(accepted(p + "-moving", "article", "politik", now.minusSeconds(1)));

		await().atMost(Duration.ofSeconds(30)).until(() -> items("q=" + p).get("total").asLong() == 6);
		JsonNode page = items("q=" + p);
		assertThat(ids(page)).containsExactly(p + "-moving", p + "-bad", p + "-gone", p + "-held", p + "-live",
				p + "-stuck");
		assertThat(page.get("items").valueStream().map((i) -> i.get("state").asString())).containsExactly("IN_PROGRESS",
				"FAILED", "WITHDRAWN", "EMBARGOED", "LIVE", "STUCK");
		JsonNode live = page.get("items").get(4);
		assertThat(live.get("kind").asString()).isEqualTo("article");
		assertThat(live.get("section").asString()).isEqualTo("politik");
		assertThat(live.get("reached")
			.valueStream()
			.map((r) -> r.get("stage").asString() + " " + r.get("outcome").asString()))
			.containsExactly("ingest ACCEPTED", "enrich ENRICHED", "publish PUBLISHED");
		assertThat(page.get("items").get(3).get("embargoedUntil").asString()).isEqualTo(until);

		Document html = viewer().page("/items?q=" + p);
		assertThat(html.select("[data-test=result-row]").eachAttr("data-state")).containsExactly("IN_PROGRESS",
				"FAILED", "WITHDRAWN", "EMBARGOED", "LIVE", "STUCK");
		assertThat(html.select("[data-content-id=" + p + "-held] [data-test=item-state]").text())
			.startsWith("embargoed until " + until);
	}

	@Test
	void keepsTheLatestStateWhenAnOlderStepArrivesLate() {
		String id = unique("late");
		Instant now = Instant.now();
		sendLineage(accepted(id, "article", "politik", now.minusSeconds(9)));
		sendLineage(step(id, 1, "publish", LineageOutcome.WITHDRAWN, "withdrawn kind=article", null,
				now.minusSeconds(3), 100));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> items("q=" + id).get("items").path(0).path("state").asString().equals("WITHDRAWN"));

		// publish's earlier step, redelivered after the kill it came before
		sendLineage(step(id, 1, "publish", LineageOutcome.PUBLISHED, "published kind=article", null,
				now.minusSeconds(6), 100));
		sendLineage(step(id, 1, "webhook", LineageOutcome.DELIVERED, null, null, now.minusSeconds(5), 100));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> items("q=" + id).get("items").path(0).path("reached").size() == 3);
		JsonNode item = items("q=" + id).get("items").get(0);
		assertThat(item.get("state").asString()).isEqualTo("WITHDRAWN");
		assertThat(item.get("reached")
			.valueStream()
			.map((r) -> r.get("stage").asString() + " " + r.get("outcome").asString()))
			.containsExactly("ingest ACCEPTED", "publish WITHDRAWN", "webhook DELIVERED");
	}

	@Test
	void filtersByStateKindSectionAndTimeAndPages() {
		String p = unique("filter");
		Instant now = Instant.now();
		for (int i = 0; i < 5; i++) {
			sendLineage(accepted(p + "-a" + i, "article", "sport", now.minusSeconds(10 - i)));
		}
		sendLineage(accepted(p + "-e", "episode", "sport", now));
		sendLineage(accepted(p + "-x", "article", "ausland", now.minus(Duration.ofHours(3))));

		await().atMost(Duration.ofSeconds(30)).until(() -> items("q=" + p).get("total").asLong() == 7);
		assertThat(ids(items("q=" + p + "&kind=episode"))).containsExactly(p + "-e");
		assertThat(ids(items("q=" + p + "&section=ausland"))).containsExactly(p + "-x");
		assertThat(ids(items("q=" + p + "&state=STUCK"))).containsExactly(p + "-x");
		assertThat(ids(items("q=" + p + "&to=" + now.minus(Duration.ofHours(1))))).containsExactly(p + "-x");
		assertThat(items("q=" + p + "&from=" + now.minusSeconds(60)).get("total").asLong()).isEqualTo(6);
		JsonNode second = items("q=" + p + "&kind=article&section=sport&size=2&page=1");
		assertThat(ids(second)).containsExactly(p + "-a2", p + "-a1");
		assertThat(second.get("total").asLong()).isEqualTo(5);

		Document html = viewer().page("/items?q=" + p + "&kind=article&section=sport&size=2");
		assertThat(html.select("[data-test=result-row]").eachAttr("data-content-id")).containsExactly(p + "-a4",
				p + "-a3");
		Document next = viewer().page(html.getElementById("page-next").attr("href"));
		assertThat(next.select("[data-test=result-row]").eachAttr("data-content-id")).containsExactly(p + "-a2",
				p + "-a1");
		assertThat(viewer().page("/items?q=" + p + "&state=STUCK")
			.select("[data-test=result-row]")
			.eachAttr("data-content-id")).containsExactly(p + "-x");
	}

	@Test
	void countsStuckItemsInAGauge() {
		String p = unique("gauge");
		sendLineage(accepted(p + "-1", "article", "politik", Instant.now().minus(Duration.ofMinutes(30))));
		sendLineage(accepted(p + "-2", "article", "politik", Instant.now().minus(Duration.ofMinutes(20))));
		sendLineage(accepted(p + "-3", "article", "politik", Instant.now()));

		await().atMost(Duration.ofSeconds(30)).until(() -> items("q=" + p).get("total").asLong() == 3);
		long stuck = items("state=STUCK").get("total").asLong();
		assertThat(stuck).isGreaterThanOrEqualTo(2);
		assertThat(stuckGauge()).isEqualTo(stuck);
		assertThat(api("/api/v1/overview").get("stuckItems").asLong()).isEqualTo(stuck);
	}

	private JsonNode items(String query) {
		return api("/api/v1/items?" + query);
	}

	private static List<String> ids(JsonNode page) {
		return page.get("items").valueStream().map((item) -> item.get("contentId").asString()).toList();
	}

	private long stuckGauge() {
		HttpResponse<String> scrape = new ConsoleBrowser(this.port).get("/actuator/prometheus", "text/plain");
		assertThat(scrape.statusCode()).isEqualTo(200);
		Matcher gauge = STUCK_GAUGE.matcher(scrape.body());
		assertThat(gauge.find()).as("pipeline_items_stuck in the scrape").isTrue();
		return (long) Double.parseDouble(gauge.group(1));
	}

}
