package org.newsroom.pipeline.support.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.contract.validation.CmsPayloadValidator;
import org.newsroom.pipeline.support.config.PipelineProperties;
import org.newsroom.pipeline.support.test.GeneratedText;
import org.newsroom.pipeline.support.test.KafkaTestClient;
import org.newsroom.pipeline.support.test.PipelineIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The record limit on a real broker: the largest record a body at ingest's limit can
 * become goes through, and a larger one is refused as a permanent failure.
 */
@SpringBootTest(classes = RoundTripApplication.class)
@PipelineIntegrationTest
class LargeRecordRoundTripTests {

	@Autowired
	PipelineProperties properties;

	@Autowired
	KafkaTemplate<String, Object> template;

	@Autowired
	KafkaAdmin admin;

	KafkaTestClient kafka;

	@Test
	void carriesTheLargestRecordABodyAtTheIngestLimitCanBecome() throws Exception {
		String topic = this.properties.topics().published();
		// JSON quotes around the text, key and headers fill the rest of the largest
		// record
		int size = (int) RecordSizes.largestRecord(CmsPayloadValidator.DEFAULT_MAX_BODY_BYTES) - 1024;
		String text = GeneratedText.sentences(7, size);

		this.template.send(topic, "largest-1", text).get(30, TimeUnit.SECONDS);

		List<ConsumerRecord<String, byte[]>> read = this.kafka.readUntil(topic,
				(records) -> records.stream().anyMatch((record) -> "largest-1".equals(record.key())),
				Duration.ofSeconds(60));
		assertThat(read).filteredOn((record) -> "largest-1".equals(record.key()))
			.singleElement()
			.satisfies((record) -> assertThat(new String(record.value(), StandardCharsets.UTF_8))
				.isEqualTo("\"" + text + "\""));
		assertThat(topicConfig(topic).get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG).value())
			.isEqualTo(Integer.toString(this.properties.kafka().maxMessageBytes()));
	}

	@Test
	void refusesARecordAboveTheLimitAsAPermanentFailure() {
		String text = GeneratedText.sentences(8, this.properties.kafka().maxMessageBytes() + 1);

		Throwable refused = catchThrowable(
				() -> this.template.send(this.properties.topics().published(), "too-large-1", text)
					.get(30, TimeUnit.SECONDS));

		assertThat(refused).isNotNull();
		assertThat(FailureClassifier.classify(refused)).isEqualTo(FailureClassifier.Kind.PERMANENT);
		assertThat(FailureClassifier.reason(refused)).startsWith("record too large for the broker")
			.contains("max.request.size");
	}

	private Config topicConfig(String topic) throws Exception {
		try (Admin client = Admin.create(this.admin.getConfigurationProperties())) {
			ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
			Map<ConfigResource, Config> configs = client.describeConfigs(List.of(resource))
				.all()
				.get(30, TimeUnit.SECONDS);
			return configs.get(resource);
		}
	}

}
