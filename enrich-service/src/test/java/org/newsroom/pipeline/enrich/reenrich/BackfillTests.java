package org.newsroom.pipeline.enrich.reenrich;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.contract.EventTypes;
import org.newsroom.pipeline.contract.audit.AuditAction;
import org.newsroom.pipeline.contract.audit.AuditOutcome;
import org.newsroom.pipeline.contract.audit.AuditProgress;
import org.newsroom.pipeline.contract.audit.AuditRecord;
import org.newsroom.pipeline.contract.cms.CmsContent;
import org.newsroom.pipeline.contract.command.CommandType;
import org.newsroom.pipeline.contract.command.OperatorCommand;
import org.newsroom.pipeline.contract.events.CmsEventRef;
import org.newsroom.pipeline.contract.events.ContentIngested;
import org.newsroom.pipeline.contract.json.ContractJson;
import org.newsroom.pipeline.contract.samples.SampleTraffic;
import org.newsroom.pipeline.contract.validation.CmsPayloadValidator;
import org.newsroom.pipeline.support.config.PipelineProperties;
import org.newsroom.pipeline.support.test.KafkaTestClient;
import org.newsroom.pipeline.support.test.PipelineIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.newsroom.pipeline.support.test.KafkaTestClient.header;

/**
 * Backfills against the embedded broker and store, in a database of their own: a backfill
 * re-enriches every live item once, one cut short goes on where it stopped, and a command
 * id runs once; start, progress and end are on the audit trail.
 */
@SpringBootTest(properties = "enrich.backfill.resume-interval=1s")
@PipelineIntegrationTest
class BackfillTests {

	private static final Duration WAIT = Duration.ofSeconds(60);

	@Autowired
	PipelineProperties properties;

	@Autowired
	MongoDatabase database;

	KafkaTestClient kafka;

	@Test
	void goesOnWhereABackfillStoppedAndRunsEachCommandOnce() {
		List<String> items = List.of("bf-a", "bf-b", "bf-c");
		items.forEach((id) -> send(ingested(id)));
		await().atMost(WAIT).until(() -> items.stream().allMatch((id) -> versions(id).size() == 1));

		// a backfill whose runner died after the first item, with its lease gone, and
		// after
		// it had stored the second item but before it noted that page as done
		this.database.getCollection("items").updateOne(Filters.eq("_id", "bf-b"), Updates.set("backfill", "cmd-cut"));
		this.database.getCollection("backfills")
			.insertOne(new Document("_id", "cmd-cut").append("requestedBy", "olga")
				.append("total", 3L)
				.append("done", 1L)
				.append("reenriched", 1L)
				.append("failed", 0L)
				.append("after", "bf-a")
				.append("startedAt", Date.from(Instant.now().minusSeconds(120)))
				.append("finishedAt", null));
		auditUntil((records) -> outcomes(records, "cmd-cut").contains(AuditOutcome.DONE));
		assertThat(versions("bf-a")).containsExactly("bf-a:1:enriched");
		assertThat(versions("bf-b")).as("the stored item is announced again under its id, not enriched twice")
			.containsExactly("bf-b:1:enriched", "bf-b:1:enriched");
		assertThat(versions("bf-c")).containsExactly("bf-c:1:enriched", "bf-c:1:enriched-v2");
		assertThat(progress("cmd-cut").get("done", Number.class).longValue()).isEqualTo(3);

		OperatorCommand backfill = new OperatorCommand("cmd-full", CommandType.REENRICH_ALL, "enrich", null, Map.of(),
				"olga", Instant.now());
		command(backfill);
		auditUntil((records) -> outcomes(records, "cmd-full").contains(AuditOutcome.DONE));
		command(backfill);
		List<AuditRecord> audit = auditUntil((records) -> outcomes(records, "cmd-full").size() == 3);

		assertThat(outcomes(audit, "cmd-full")).containsExactly(AuditOutcome.STARTED, AuditOutcome.DONE,
				AuditOutcome.NOTHING_TO_DO);
		assertThat(records(audit, "cmd-full", AuditOutcome.STARTED).progress())
			.extracting(AuditProgress::total, AuditProgress::done)
			.containsExactly(3L, 0L);
		assertThat(records(audit, "cmd-full", AuditOutcome.PROGRESS).progress())
			.extracting(AuditProgress::total, AuditProgress::done, AuditProgress::failed)
			.containsExactly(3L, 3L, 0L);
		assertThat(records(audit, "cmd-full", AuditOutcome.DONE).progress())
			.extracting(AuditProgress::total, AuditProgress::done, AuditProgress::failed)
			.containsExactly(3L, 3L, 0L);
		assertThat(audit).filteredOn((r) -> "cmd-full".equals(r.commandId()))
			.allSatisfy((r) -> assertThat(r.action()).isEqualTo(AuditAction.BACKFILL))
			.allSatisfy((r) -> assertThat(r.actor()).isEqualTo("olga"));
		assertThat(versions("bf-a")).hasSize(2);
		assertThat(versions("bf-b")).hasSize(3).endsWith("bf-b:1:enriched-v2");
		assertThat(versions("bf-c")).hasSize(3).endsWith("bf-c:1:enriched-v3");
		assertThat(progress("cmd-full").getDate("finishedAt")).isNotNull();
		assertThat(progress("cmd-full").get("done", Number.class).longValue()).isEqualTo(3);
	}

	private Document progress(String id) {
		return this.database.getCollection("backfills").find(Filters.eq("_id", id)).first();
	}

	private List<String> versions(String contentId) {
		return this.kafka.readAll(this.properties.topics().enriched())
			.stream()
			.filter((r) -> contentId.equals(r.key()))
			.map((r) -> header(r, "ce_id"))
			.toList();
	}

	private void send(ContentIngested event) {
		this.kafka.send(this.properties.topics().ingested(), event.contentId(),
				Map.of("ce_type", EventTypes.INGESTED.getBytes()), ContractJson.mapper().writeValueAsBytes(event));
	}

	private void command(OperatorCommand command) {
		this.kafka.send(this.properties.topics().commands(), command.id(), Map.of(),
				ContractJson.mapper().writeValueAsBytes(command));
	}

	private List<AuditRecord> auditUntil(Predicate<List<AuditRecord>> condition) {
		return this.kafka.auditUntil(this.properties.topics().audit(), condition, WAIT);
	}

	/** The outcomes of a command's audit records, without its progress reports. */
	private static List<AuditOutcome> outcomes(List<AuditRecord> records, String command) {
		return records.stream()
			.filter((r) -> command.equals(r.commandId()))
			.map(AuditRecord::outcome)
			.filter((outcome) -> outcome != AuditOutcome.PROGRESS)
			.toList();
	}

	/** The newest of a command's audit records with an outcome. */
	private static AuditRecord records(List<AuditRecord> records, String command, AuditOutcome outcome) {
		return records.stream()
			.filter((r) -> command.equals(r.commandId()) && r.outcome() == outcome)
			.reduce((first, second) -> second)
			.orElseThrow();
	}

	private static ContentIngested ingested(String contentId) {
		SampleTraffic.SampleRecord record = SampleTraffic.records().get(1);
		CmsContent sample = new CmsPayloadValidator().validate(record.header("ce_type"), record.value()).content();
		CmsContent content = new CmsContent(contentId, sample.kind(), 1, sample.headline(), sample.description(),
				sample.body(), sample.authors(), sample.section(), sample.tags(), sample.language(), null,
				sample.firstPublishedAt(), null, null, null, null, null, null, null, null);
		return new ContentIngested(contentId, 1, content,
				new CmsEventRef("evt-" + contentId, "cms://test", EventTypes.PUBLISHED, Instant.now()), Instant.now());
	}

}
