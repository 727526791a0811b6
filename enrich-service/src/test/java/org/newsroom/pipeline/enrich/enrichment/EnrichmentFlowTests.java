package org.newsroom.pipeline.enrich.enrichment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.contract.EventTypes;
import org.newsroom.pipeline.contract.audit.AuditAction;
import org.newsroom.pipeline.contract.audit.AuditOutcome;
import org.newsroom.pipeline.contract.audit.AuditRecord;
import org.newsroom.pipeline.contract.cms.CmsContent;
import org.newsroom.pipeline.contract.cms.ContentKind;
import org.newsroom.pipeline.contract.command.CommandType;
import org.newsroom.pipeline.contract.command.OperatorCommand;
import org.newsroom.pipeline.contract.events.CmsEventRef;
import org.newsroom.pipeline.contract.events.ContentEnriched;
import org.newsroom.pipeline.contract.events.ContentIngested;
import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.contract.events.ContentWithdrawn;
import org.newsroom.pipeline.contract.events.StageEvent;
import org.newsroom.pipeline.contract.json.ContractJson;
import org.newsroom.pipeline.contract.lineage.LineageEvent;
import org.newsroom.pipeline.contract.lineage.LineageOutcome;
import org.newsroom.pipeline.contract.samples.SampleTraffic;
import org.newsroom.pipeline.contract.validation.CmsPayloadValidator;
import org.newsroom.pipeline.support.config.PipelineProperties;
import org.newsroom.pipeline.support.test.KafkaTestClient;
import org.newsroom.pipeline.support.test.PipelineIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.pipeline.support.test.KafkaTestClient.header;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PipelineIntegrationTest
class EnrichmentFlowTests {

	@Autowired
	PipelineProperties properties;

	KafkaTestClient kafka;

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	@Test
	void enrichesTheSampleEpisodeWithLanguageDatelinePeoplePlacesAndTopics() {
		CmsContent episode = sample(0);
		send(ingested(episode));
		ContentItem item = enriched(episode.contentId(), 1).get(0).item();
		assertThat(item.language()).isEqualTo("de");
		assertThat(item.dateline().place()).isEqualTo("Berlin");
		assertThat(item.people()).extracting(ContentItem.Entity::normalized)
			.contains("Stefan Reinecke", "Bernd Pickert", "Barbara Oertel", "Tanja Tricarico");
		assertThat(item.places()).extracting(ContentItem.Entity::normalized)
			.contains("Ukraine", "Russland", "Europa", "Berlin");
		assertThat(item.organisations()).extracting(ContentItem.Entity::normalized).contains("NATO");
		assertThat(item.subjects()).extracting(ContentItem.Subject::code)
			.contains("medtop:11000000", "medtop:16000000");
		assertThat(item.renditions()).singleElement()
			.satisfies((r) -> assertThat(r.contenttype()).isEqualTo("audio/mpeg"));
	}

	@Test
	void emitsTheSameRevisionOnceHoweverOftenItArrives() {
		CmsContent article = withId(sample(1), "twice-1");
		send(ingested(article));
		send(ingested(article));
		assertThat(lineageUntil("twice-1", (outcomes) -> outcomes.size() == 2)).containsExactly(LineageOutcome.ENRICHED,
				LineageOutcome.DUPLICATE);
		assertThat(enrichedRecords("twice-1")).hasSize(1);
	}

	@Test
	void passesAWithdrawalThroughAndDropsOlderRevisionsArrivingLate() {
		CmsContent article = withId(sample(2), "withdrawn-1");
		send(ingested(article));
		send(new ContentWithdrawn("withdrawn-1", 2, ContentKind.ARTICLE, "legal", false, null, Instant.now()));
		send(ingested(article));
		assertThat(lineageUntil("withdrawn-1", (outcomes) -> outcomes.size() == 3))
			.containsExactly(LineageOutcome.ENRICHED, LineageOutcome.WITHDRAWN, LineageOutcome.STALE);
		assertThat(enrichedRecords("withdrawn-1")).extracting((r) -> header(r, "ce_id"))
			.containsExactly("withdrawn-1:1:enriched", "withdrawn-1:2:withdrawn");
	}

	@Test
	void reenrichesOnAnOperatorCommandUnderANewVersionAndId() throws Exception {
		CmsContent article = withId(sample(1), "again-1");
		send(ingested(article));
		enriched("again-1", 1);
		OperatorCommand command = new OperatorCommand("cmd-again-1", CommandType.REENRICH, "enrich", "again-1",
				Map.of(), "operator", Instant.now());
		this.kafka.send(this.properties.topics().commands(), "again-1", Map.of(),
				ContractJson.mapper().writeValueAsBytes(command));
		List<ContentEnriched> events = enriched("again-1", 2);
		assertThat(events).extracting(ContentEnriched::enrichmentVersion).containsExactly(1L, 2L);
		assertThat(enrichedRecords("again-1")).extracting((r) -> header(r, "ce_id"))
			.containsExactly("again-1:1:enriched", "again-1:1:enriched-v2");
		command(new OperatorCommand("cmd-again-none", CommandType.REENRICH, "enrich", "never-ingested", Map.of(),
				"operator", Instant.now()));

		List<AuditRecord> audit = auditUntil((records) -> outcomes(records, "cmd-again-none").size() == 1);
		assertThat(audit).filteredOn((r) -> "cmd-again-1".equals(r.commandId())).singleElement().satisfies((r) -> {
			assertThat(r.action()).isEqualTo(AuditAction.REENRICH);
			assertThat(r.outcome()).isEqualTo(AuditOutcome.DONE);
			assertThat(r.actor()).isEqualTo("operator");
			assertThat(r.contentId()).isEqualTo("again-1");
			assertThat(r.service()).isEqualTo("enrich");
		});
		assertThat(outcomes(audit, "cmd-again-none")).containsExactly(AuditOutcome.NOTHING_TO_DO);
		assertThat(prometheus()).containsPattern(
				"pipeline_audit_actions_total\\{action=\"reenrich\".*outcome=\"done\".*service=\"enrich\".*\\} [1-9]");
	}

	@Test
	void exposesStageAndLagMetricsAtThePrometheusEndpoint() throws Exception {
		CmsContent article = withId(sample(1), "metrics-1");
		send(ingested(article));
		enriched("metrics-1", 1);
		assertThat(prometheus())
			.containsPattern("pipeline_stage_events_total\\{.*outcome=\"enriched\".*stage=\"enrich\".*\\} [1-9]")
			.contains("pipeline_stage_processing_seconds_bucket{")
			.contains("kafka_consumer_fetch_manager_records_lag");
	}

	private String prometheus() throws Exception {
		return java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/actuator/prometheus"))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private void command(OperatorCommand command) {
		this.kafka.send(this.properties.topics().commands(), command.id(), Map.of(),
				ContractJson.mapper().writeValueAsBytes(command));
	}

	/**
	 * Reads enrich's lineage of one item until its outcomes so far satisfy a condition.
	 */
	private List<LineageOutcome> lineageUntil(String contentId, Predicate<List<LineageOutcome>> condition) {
		return enrichOutcomes(
				this.kafka.lineageUntil(this.properties.topics().lineage(),
						(steps) -> condition.test(enrichOutcomes(steps, contentId)), Duration.ofSeconds(60)),
				contentId);
	}

	private static List<LineageOutcome> enrichOutcomes(List<LineageEvent> steps, String contentId) {
		return steps.stream()
			.filter((step) -> contentId.equals(step.contentId()) && EnrichmentService.STAGE.equals(step.stage()))
			.map(LineageEvent::outcome)
			.toList();
	}

	private List<AuditRecord> auditUntil(Predicate<List<AuditRecord>> condition) {
		return this.kafka.auditUntil(this.properties.topics().audit(), condition, Duration.ofSeconds(60));
	}

	private static List<AuditOutcome> outcomes(List<AuditRecord> records, String command) {
		return records.stream().filter((r) -> command.equals(r.commandId())).map(AuditRecord::outcome).toList();
	}

	private void send(StageEvent event) {
		this.kafka.send(this.properties.topics().ingested(), event.contentId(),
				Map.of("ce_type", EventTypes.INGESTED.getBytes()), ContractJson.mapper().writeValueAsBytes(event));
	}

	private List<ContentEnriched> enriched(String contentId, int count) {
		return this.kafka.readUntil(this.properties.topics().enriched(),
				(all) -> all.stream().filter((r) -> contentId.equals(r.key())).count() >= count, Duration.ofSeconds(60))
			.stream()
			.filter((r) -> contentId.equals(r.key()))
			.map((r) -> (ContentEnriched) ContractJson.mapper().readValue(r.value(), StageEvent.class))
			.toList();
	}

	private List<ConsumerRecord<String, byte[]>> enrichedRecords(String contentId) {
		return this.kafka.readAll(this.properties.topics().enriched())
			.stream()
			.filter((r) -> contentId.equals(r.key()))
			.toList();
	}

	private static CmsContent sample(int index) {
		SampleTraffic.SampleRecord record = SampleTraffic.records().get(index);
		return new CmsPayloadValidator().validate(record.header("ce_type"), record.value()).content();
	}

	private static CmsContent withId(CmsContent content, String contentId) {
		return new CmsContent(contentId, content.kind(), content.revision(), content.headline(), content.description(),
				content.body(), content.authors(), content.section(), content.tags(), content.language(),
				content.canonicalUrl(), content.firstPublishedAt(), content.embargoedUntil(), content.show(),
				content.audio(), content.speakers(), content.transcriptUrl(), content.chaptersUrl(), content.reason(),
				content.takedown());
	}

	private static ContentIngested ingested(CmsContent content) {
		return new ContentIngested(content.contentId(), content.revision(), content,
				new CmsEventRef("evt-" + content.contentId(), "cms://test", EventTypes.PUBLISHED, Instant.now()),
				Instant.now());
	}

}
