package org.newsroom.pipeline.ingest;

import java.time.Duration;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.contract.EventTypes;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.newsroom.pipeline.support.test.KafkaTestClient.header;

/**
 * An operator who must take a CMS's extra fields for a while sets
 * {@code ingest.unknown-fields: warn}: the event goes through without the field.
 */
// Its own consumer group, closed after the class: the default context keeps consuming
// the same topic, and must neither share partitions with this one nor see its writes.
@TestPropertySource(properties = { "ingest.unknown-fields=warn", "spring.kafka.consumer.group-id=ingest-warn-test" })
@DirtiesContext
class UnknownFieldsWarnTests extends IngestTestSupport {

	@Test
	void storesAndAnnouncesAnEventWithAMistypedFieldWithoutThatField() {
		sendCms("typo-warn-1", EventTypes.PUBLISHED, "evt-typo-warn-1", UnknownFieldsTests.embargoTypo("typo-warn-1"));

		await().atMost(Duration.ofSeconds(30)).until(() -> stored("typo-warn-1") != null);
		Document content = stored("typo-warn-1").get("content", Document.class);
		assertThat(content.getString("headline")).isEqualTo("Sperrfrist");
		assertThat(content).doesNotContainKeys("embargoUntil", "embargoedUntil");
		assertThat(stored("typo-warn-1").getString("raw")).contains("embargoUntil");
		assertThat(ingestedUntil((records) -> records.stream().anyMatch((r) -> "typo-warn-1".equals(r.key()))))
			.filteredOn((r) -> "typo-warn-1".equals(r.key()))
			.extracting((r) -> header(r, "ce_id"))
			.containsExactly("typo-warn-1:1:ingested");
		assertThat(lineage("typo-warn-1")).extracting((event) -> event.path("detail").asString())
			.anySatisfy((detail) -> assertThat(detail).contains("accepted with warnings")
				.contains("`embargoUntil` is not a field of cms-content.v1; did you mean `embargoedUntil`?"));
	}

}
