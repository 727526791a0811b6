package org.newsroom.pipeline.console;

import java.time.Duration;
import java.time.Instant;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.contract.lineage.DeliveryDetail;
import org.newsroom.pipeline.contract.lineage.LineageOutcome;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

// A context of its own, so that the counts are exactly what this test sent.
@TestPropertySource(properties = "console.overview.latency-sample=500")
class OverviewTests extends ConsoleTestSupport {

	@Test
	void countsLineageEventsPerStageAndOutcome() {
		Instant now = Instant.now();
		sendLineage(lineage("a-1", 1, "ingest", "ingest", LineageOutcome.ACCEPTED, null, "A", now));
		sendLineage(lineage("a-2", 1, "ingest", "ingest", LineageOutcome.ACCEPTED, null, "B", now));
		sendLineage(lineage("a-1", 1, "ingest", "ingest", LineageOutcome.STALE, null, "A", now));
		sendLineage(lineage("a-1", 1, "enrich", "enrich", LineageOutcome.ENRICHED, null, "A", now));
		sendLineage(lineage("a-1", 1, "publish", "publish", LineageOutcome.PUBLISHED, null, "A", now));
		sendLineage(lineage("a-1", 1, "publish", "webhook", LineageOutcome.DELIVERED,
				new DeliveryDetail("d-1", "s-1", "200", 1, null, null).format(), "A", now));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> api("/api/v1/overview").get("channels").get(0).get("delivered").asLong() == 1);
		JsonNode overview = api("/api/v1/overview");
		JsonNode ingest = stage(overview, "ingest");
		assertThat(ingest.get("counts").get("ACCEPTED").asLong()).isEqualTo(2);
		assertThat(ingest.get("counts").get("STALE").asLong()).isEqualTo(1);
		assertThat(ingest.get("total").asLong()).isEqualTo(3);
		assertThat(ingest.get("recent").asLong()).isEqualTo(3);
		assertThat(ingest.get("durationMicros").get("p50").asLong()).isEqualTo(1500);
		assertThat(stage(overview, "enrich").get("counts").get("ENRICHED").asLong()).isEqualTo(1);
		assertThat(stage(overview, "publish").get("total").asLong()).as("webhook attempts count under channels")
			.isEqualTo(1);
		assertThat(stage(overview, "publish").get("recent").asLong()).as("and not in publish's rate either")
			.isEqualTo(1);
		JsonNode fromCms = stage(overview, "publish").get("cmsToPublishMillis");
		assertThat(fromCms.get("samples").asInt()).isEqualTo(1);
		assertThat(fromCms.get("p99").asLong()).isEqualTo(2000);
		JsonNode webhook = overview.get("channels").get(0);
		assertThat(webhook.get("delivered").asLong()).isEqualTo(1);
		assertThat(webhook.get("health").asString()).isEqualTo("ok");

		Document page = viewer().page("/");
		assertThat(page.select("#stage-ingest [data-test=stage-count][data-outcome=ACCEPTED] b").text()).isEqualTo("2");
		assertThat(page.select("#stage-ingest [data-test=stage-total]").text()).isEqualTo("3");
		assertThat(page.select("script[src]").attr("src")).isEqualTo("/js/overview.js");
	}

}
