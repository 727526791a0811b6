package org.newsroom.pipeline.support.kafka;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.support.config.PipelineProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaClientSettingsTests {

	@Test
	void waitsForASendALittleLongerThanTheProducerTries() {
		KafkaProperties kafka = new KafkaProperties();
		assertThat(KafkaClientSettings.sendTimeout(kafka)).as("Kafka's own delivery timeout, 2 minutes")
			.isEqualTo(Duration.ofSeconds(125));
		kafka.getProducer().getProperties().put("delivery.timeout.ms", "30000");
		assertThat(KafkaClientSettings.sendTimeout(kafka)).isEqualTo(Duration.ofSeconds(35));
	}

	@Test
	void namesTheConsumerGroupAfterTheServiceUnlessOneIsSet() {
		PipelineProperties pipeline = new Binder(
				new MapConfigurationPropertySource(Map.of("pipeline.service", "enrich")))
			.bindOrCreate("pipeline", PipelineProperties.class);
		KafkaProperties kafka = new KafkaProperties();
		assertThat(KafkaClientSettings.consumerGroup(kafka, pipeline)).isEqualTo("enrich");
		kafka.getConsumer().setGroupId("enrich-blue");
		assertThat(KafkaClientSettings.consumerGroup(kafka, pipeline)).isEqualTo("enrich-blue");
	}

}
