package org.newsroom.pipeline.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.contract.EventTypes;
import org.newsroom.pipeline.contract.Topics;
import org.newsroom.pipeline.contract.json.ContractJson;
import org.newsroom.pipeline.contract.lineage.LineageEvent;
import org.newsroom.pipeline.contract.lineage.LineageOutcome;
import org.newsroom.pipeline.contract.samples.SampleTraffic;
import org.newsroom.pipeline.contract.samples.SampleTraffic.SampleRecord;
import org.newsroom.pipeline.support.kafka.DeadLetterHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.newsroom.pipeline.support.test.KafkaTestClient.header;

class SampleTrafficIngestTests extends IngestTestSupport {

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	@Test
	void givesEverySampleRecordItsExpectedIngestOutcome() throws Exception {
		List<SampleRecord> samples = SampleTraffic.records();
		samples.forEach((r) -> this.kafka.send(this.properties.topics().cmsContent(), r.key(), r.headers(), r.value()));

		java.util.Set<String> keys = samples.stream().map(SampleRecord::key).collect(Collectors.toSet());
		List<ConsumerRecord<String, byte[]>> lineage = this.kafka
			.readUntil(this.properties.topics().lineage(),
					(records) -> records.stream().filter((r) -> keys.contains(r.key())).count() >= samples.size(),
					Duration.ofSeconds(60))
			.stream()
			.filter((r) -> keys.contains(r.key()))
			.toList();
		Map<String, List<LineageOutcome>> outcomes = lineage.stream()
			.map((r) -> ContractJson.mapper().readValue(r.value(), LineageEvent.class))
			.collect(Collectors.groupingBy(LineageEvent::contentId,
					Collectors.mapping(LineageEvent::outcome, Collectors.toList())));
		assertThat(outcomes.get("bundestalk-2024-11-ukraine")).containsExactly(LineageOutcome.ACCEPTED);
		assertThat(outcomes.get("art-2024-11-bahn-streik")).containsExactly(LineageOutcome.ACCEPTED,
				LineageOutcome.ACCEPTED, LineageOutcome.DUPLICATE);
		assertThat(outcomes.get("art-2024-11-climate-cop")).containsExactly(LineageOutcome.ACCEPTED,
				LineageOutcome.ACCEPTED);
		assertThat(outcomes.get("art-2024-11-embargo-report")).containsExactly(LineageOutcome.ACCEPTED);
		assertThat(outcomes.get("broken-1")).containsExactly(LineageOutcome.REJECTED);

		assertThat(stored("art-2024-11-bahn-streik").getLong("revision")).isEqualTo(2);
		assertThat(stored("art-2024-11-climate-cop").getBoolean("withdrawn")).isTrue();
		assertThat(stored("art-2024-11-embargo-report").get("content", org.bson.Document.class)
			.getString("embargoedUntil")).isEqualTo("2099-01-01T00:00:00Z");
		assertThat(stored("broken-1")).isNull();

		List<ConsumerRecord<String, byte[]>> emitted = ingestedUntil(
				(records) -> records.stream().filter((r) -> keys.contains(r.key())).count() >= 6)
			.stream()
			.filter((r) -> keys.contains(r.key()))
			.toList();
		assertThat(emitted).extracting((r) -> header(r, "ce_id"))
			.containsExactlyInAnyOrder("bundestalk-2024-11-ukraine:1:ingested", "art-2024-11-bahn-streik:1:ingested",
					"art-2024-11-climate-cop:1:ingested", "art-2024-11-bahn-streik:2:ingested",
					"art-2024-11-embargo-report:1:ingested", "art-2024-11-climate-cop:2:withdrawn");
		assertThat(emitted).filteredOn((r) -> r.key().equals("art-2024-11-climate-cop"))
			.extracting((r) -> header(r, "ce_type"))
			.containsExactly(EventTypes.INGESTED, EventTypes.WITHDRAWN);
		assertThat(prometheus()).contains("pipeline_ingest_received_total")
			.containsPattern("pipeline_stage_events_total\\{.*outcome=\"duplicate\".*\\} [1-9]")
			.containsPattern("pipeline_stage_events_total\\{.*outcome=\"rejected\".*\\} [1-9]")
			.containsPattern("pipeline_stage_events_total\\{.*outcome=\"accepted\".*\\} [1-9]")
			.contains("pipeline_stage_processing_seconds_bucket");
	}

	private String prometheus() throws Exception {
		java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/actuator/prometheus"))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		return response.body();
	}

	@Test
	void deadLettersTheInvalidSampleWithEveryViolationAndKeepsGoing() {
		SampleRecord invalid = SampleTraffic.records().get(7);
		this.kafka.send(this.properties.topics().cmsContent(), "broken-2", invalid.headers(), invalid.value());
		sendCms("after-broken-1", EventTypes.PUBLISHED, "evt-after-broken", article("after-broken-1", 1, "Next"));

		String dlt = Topics.deadLetter(this.properties.topics().cmsContent(), "ingest-service");
		ConsumerRecord<String, byte[]> dead = this.kafka
			.readUntil(dlt, (records) -> records.stream().anyMatch((r) -> "broken-2".equals(r.key())),
					Duration.ofSeconds(60))
			.stream()
			.filter((r) -> "broken-2".equals(r.key()))
			.findFirst()
			.orElseThrow();
		assertThat(header(dead, DeadLetterHeaders.REASON)).contains("$.contentId")
			.contains("$.revision")
			.contains("$.headline");
		assertThat(text(dead.value())).isEqualTo(text(invalid.value()));
		assertThat(header(dead, "ce_id")).isEqualTo("evt-0007");
		await().atMost(Duration.ofSeconds(30)).until(() -> stored("after-broken-1") != null);
	}

}
