package org.newsroom.pipeline.ingest;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.contract.EventTypes;
import org.newsroom.pipeline.contract.Topics;
import org.newsroom.pipeline.support.kafka.DeadLetterHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.newsroom.pipeline.support.test.KafkaTestClient.header;

/**
 * A CMS that mistypes {@code embargoedUntil} would publish an embargoed story; by default
 * ingest refuses it on both ways in and says which field was meant.
 */
class UnknownFieldsTests extends IngestTestSupport {

	static final String REASON = "`embargoUntil` is not a field of cms-content.v1; did you mean `embargoedUntil`?";

	@Test
	void deadLettersAKafkaRecordWithAMistypedFieldNamingTheFieldMeant() {
		sendCms("typo-kafka-1", EventTypes.PUBLISHED, "evt-typo-kafka-1", embargoTypo("typo-kafka-1"));
		sendCms("after-typo-1", EventTypes.PUBLISHED, "evt-after-typo-1", article("after-typo-1", 1, "Next"));

		String dlt = Topics.deadLetter(this.properties.topics().cmsContent(), "ingest-service");
		ConsumerRecord<String, byte[]> dead = this.kafka
			.readUntil(dlt, (records) -> records.stream().anyMatch((r) -> "typo-kafka-1".equals(r.key())),
					Duration.ofSeconds(60))
			.stream()
			.filter((r) -> "typo-kafka-1".equals(r.key()))
			.findFirst()
			.orElseThrow();
		assertThat(header(dead, DeadLetterHeaders.REASON)).isEqualTo("$.embargoUntil: " + REASON);
		assertThat(text(dead.value())).isEqualTo(embargoTypo("typo-kafka-1"));
		await().atMost(Duration.ofSeconds(30)).until(() -> stored("after-typo-1") != null);
		assertThat(stored("typo-kafka-1")).isNull();
	}

	@Test
	void answersAnHttpEventWithAMistypedFieldWith400ListingEveryViolation() throws Exception {
		String data = "{\"contentId\":\"typo-http-1\",\"kind\":\"article\",\"revision\":0,\"headline\":\"H\","
				+ "\"embargoUntil\":\"2099-01-01T00:00:00Z\"}";
		HttpResponse<String> response = post("local-cms-token",
				structured("cms://newsroom/local", "typo-http-1", "evt-typo-http-1", EventTypes.PUBLISHED, data));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"path\":\"$.embargoUntil\"")
			.contains("\"message\":\"" + REASON + "\"")
			.contains("\"path\":\"$.revision\"");
	}

	static String embargoTypo(String contentId) {
		return "{\"contentId\":\"" + contentId + "\",\"kind\":\"article\",\"revision\":1,\"headline\":\"Sperrfrist\","
				+ "\"body\":\"<p>Text</p>\",\"embargoUntil\":\"2099-01-01T00:00:00Z\"}";
	}

}
