package org.newsroom.pipeline.console;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.contract.lineage.LineageEvent;
import org.newsroom.pipeline.contract.lineage.LineageOutcome;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

// A context of its own, so that the samples are exactly what this test sent.
@TestPropertySource(properties = "console.overview.latency-sample=400")
class OverviewLatencyTests extends ConsoleTestSupport {

	private static final Instant CMS_TIME_2024 = Instant.parse("2024-11-15T09:30:00Z");

	@Test
	void measuresEndToEndFromArrivalAndKeepsOldCmsTimesAndEmbargoReleasesApart() {
		// the store keeps milliseconds
		Instant t0 = Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.MILLIS);
		// a sample event of 2024, published 400 ms after it arrived
		sendLineage(step("old", 1, "ingest", LineageOutcome.ACCEPTED, null, CMS_TIME_2024, t0, 900));
		sendLineage(step("old", 1, "enrich", LineageOutcome.ENRICHED, null, CMS_TIME_2024, t0.plusMillis(250), 40_000));
		sendLineage(step("old", 1, "publish", LineageOutcome.PUBLISHED, "published kind=article", CMS_TIME_2024,
				t0.plusMillis(400), 1200));
		// a fresh event, 100 ms from the CMS to ingest, 200 ms through the pipeline
		sendLineage(step("fresh", 1, "ingest", LineageOutcome.ACCEPTED, null, t0.minusMillis(100), t0, 700));
		sendLineage(step("fresh", 1, "publish", LineageOutcome.PUBLISHED, "published kind=article", t0.minusMillis(100),
				t0.plusMillis(200), 1100));
		// an embargo that ended at t0 + 10 s and was released 500 ms later
		Instant end = t0.plusSeconds(10);
		sendLineage(step("held", 1, "ingest", LineageOutcome.ACCEPTED, null, t0, t0, 0));
		// publish names the embargo's end on both steps; the console needs no text from
		// them
		sendLineage(embargoEnd(step("held", 1, "publish", LineageOutcome.EMBARGOED, "no notice kind=article", t0,
				t0.plusMillis(300), 1000), end));
		sendLineage(embargoEnd(step("held", 1, "publish", LineageOutcome.PUBLISHED, "published kind=article", t0,
				end.plusMillis(500), 0), end));
		// a metadata refresh is not news
		sendLineage(step("old", 1, "publish", LineageOutcome.UPDATED,
				"published, metadata refreshed, enrichmentVersion=2 kind=article", CMS_TIME_2024, t0.plusSeconds(20),
				1300));

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			JsonNode publish = stage(api("/api/v1/overview"), "publish");
			JsonNode endToEnd = publish.get("endToEndMillis");
			assertThat(endToEnd.get("samples").asInt()).isEqualTo(2);
			assertThat(endToEnd.get("p50").asLong()).isEqualTo(200);
			assertThat(endToEnd.get("p99").asLong()).isEqualTo(400);
			JsonNode fromCms = publish.get("cmsToPublishMillis");
			assertThat(fromCms.get("samples").asInt()).as("only the CMS time within a day").isEqualTo(1);
			assertThat(fromCms.get("p99").asLong()).isEqualTo(300);
			JsonNode release = publish.get("embargoReleaseMillis");
			assertThat(release.get("samples").asInt()).isEqualTo(1);
			assertThat(release.get("p99").asLong()).isEqualTo(500);
		});

		Document page = viewer().page("/");
		assertThat(page.select("#stage-publish [data-test=stage-end-to-end]").text()).isEqualTo("200 / 400 / 400");
		assertThat(page.select("#stage-publish [data-test=stage-embargo-release]").text()).isEqualTo("500 / 500 / 500");
		assertThat(page.select("#stages th").text()).contains("last 5 min", "latest 400 records",
				"only CMS times within 24 h");
	}

	@Test
	void showsProcessingTimesOfEveryStageFromTheRecordsThatMeasuredOne() {
		Instant now = Instant.now();
		sendLineage(step("timed", 1, "ingest", LineageOutcome.ACCEPTED, null, now, now, 900));
		sendLineage(step("rejected", 0, "ingest", LineageOutcome.REJECTED, "not measured", null, now, 0));
		sendLineage(step("timed", 1, "enrich", LineageOutcome.ENRICHED, null, now, now, 40_000));
		// revision 2 without a CMS time: no sample of the other test's latencies
		sendLineage(step("timed", 2, "publish", LineageOutcome.PUBLISHED, null, null, now, 1100));
		sendLineage(step("timed", 1, "webhook", LineageOutcome.DELIVERED, "status=200", null, now, 250_000));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> api("/api/v1/overview").get("channels").get(0).get("delivered").asLong() == 1);
		JsonNode overview = api("/api/v1/overview");
		assertThat(stage(overview, "ingest").get("durationMicros").get("p50").asLong()).isGreaterThan(0);
		assertThat(stage(overview, "enrich").get("durationMicros").get("p50").asLong()).isGreaterThan(0);
		assertThat(stage(overview, "publish").get("durationMicros").get("p99").asLong())
			.as("a webhook's time is its delivery's, not publish's processing")
			.isLessThan(250_000);
	}

	@Test
	void countsFailedWebhookAttemptsApartFromDeliveriesFailedForGood() {
		Instant now = Instant.now();
		sendLineage(step("hooked", 1, "webhook", LineageOutcome.FAILED, "status=503 retry=later", null, now, 1000));
		sendLineage(step("hooked", 1, "webhook", LineageOutcome.FAILED, "status=503 retry=later", null, now, 1000));
		sendLineage(step("hooked", 1, "webhook", LineageOutcome.DELIVERY_FAILED, "status=400", null, now, 1000));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> api("/api/v1/overview").get("channels").get(0).get("failedForGood").asLong() == 1);
		JsonNode webhook = api("/api/v1/overview").get("channels").get(0);
		assertThat(webhook.get("attemptsFailed").asLong()).isEqualTo(2);
		assertThat(stage(api("/api/v1/overview"), "publish").get("counts").has("FAILED"))
			.as("no unlabelled FAILED beside the channel's figures")
			.isFalse();
		Document page = viewer().page("/");
		assertThat(page.select("#channel-webhook [data-test=channel-attempts-failed]").text()).isEqualTo("2");
		assertThat(page.select("#channel-webhook [data-test=channel-failed]").text()).isEqualTo("1");
		assertThat(page.select("#channels th").text()).contains("Attempts failed, retried",
				"Deliveries failed for good");
	}

	private static LineageEvent embargoEnd(LineageEvent e, Instant end) {
		return new LineageEvent(e.id(), e.contentId(), e.revision(), e.service(), e.stage(), e.outcome(), e.detail(),
				e.headline(), e.cmsTime(), e.at(), e.durationMicros(), e.traceId(), e.kind(), e.section(), end);
	}

}
