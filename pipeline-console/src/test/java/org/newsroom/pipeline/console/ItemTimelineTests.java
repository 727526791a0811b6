package org.newsroom.pipeline.console;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.contract.lineage.LineageOutcome;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ItemTimelineTests extends ConsoleTestSupport {

	@Test
	void showsEveryStageOfAnItemOnItsTimelineInOrder() {
		String id = unique("article");
		Instant start = Instant.now().minusSeconds(60);
		sendLineage(lineage(id, 1, "ingest", "ingest", LineageOutcome.ACCEPTED, null, "Haushalt beschlossen", start));
		sendLineage(lineage(id, 1, "enrich", "enrich", LineageOutcome.ENRICHED, "language=de", "Haushalt beschlossen",
				start.plusSeconds(1)));
		sendLineage(lineage(id, 1, "publish", "publish", LineageOutcome.PUBLISHED, null, "Haushalt beschlossen",
				start.plusSeconds(2)));

		await().atMost(Duration.ofSeconds(30)).until(() -> api("/api/v1/items/" + id + "/timeline").size() == 3);
		JsonNode timeline = api("/api/v1/items/" + id + "/timeline");
		assertThat(List.of(timeline.get(0).get("outcome").asString(), timeline.get(1).get("outcome").asString(),
				timeline.get(2).get("outcome").asString()))
			.containsExactly("ACCEPTED", "ENRICHED", "PUBLISHED");

		Document page = viewer().page("/items/" + id);
		List<String> outcomes = page.select("[data-test=timeline-row] [data-test=timeline-outcome]").eachText();
		assertThat(outcomes).containsExactly("ACCEPTED", "ENRICHED", "PUBLISHED");
		assertThat(page.getElementById("item-headline").text()).isEqualTo("Haushalt beschlossen");
		assertThat(page.getElementById("link-content").attr("href"))
			.isEqualTo("http://localhost:8083/api/v1/content/" + id);
		assertThat(page.getElementById("reenrich")).as("viewers get no buttons").isNull();
	}

	@Test
	void findsAnItemByPartOfItsHeadline() {
		String id = unique("search");
		sendLineage(lineage(id, 2, "ingest", "ingest", LineageOutcome.ACCEPTED, null, "Wahl in Thüringen entschieden",
				Instant.now()));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> viewer().page("/items?q=th%C3%BCringen").select("[data-test=result-row]").size() >= 1);
		Document results = viewer().page("/items?q=th%C3%BCringen");
		assertThat(results.select("[data-test=result-row]").eachAttr("data-content-id")).contains(id);
	}

	@Test
	void rendersAHeadlineWithMarkupAsText() {
		String id = unique("xss");
		String headline = "<script>alert(1)</script>";
		sendLineage(lineage(id, 1, "ingest", "ingest", LineageOutcome.REJECTED, "<img src=x onerror=alert(2)>",
				headline, Instant.now()));
		await().atMost(Duration.ofSeconds(30)).until(() -> api("/api/v1/items/" + id + "/timeline").size() == 1);

		ConsoleBrowser browser = viewer();
		String html = browser.get("/items/" + id).body();
		assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(headline);
		Document page = browser.page("/items/" + id);
		assertThat(page.getElementById("item-headline").text()).isEqualTo(headline);
		assertThat(page.select("script").stream().map(Element::data)).noneMatch((s) -> s.contains("alert"));
		assertThat(page.select("img")).isEmpty();
	}

}
