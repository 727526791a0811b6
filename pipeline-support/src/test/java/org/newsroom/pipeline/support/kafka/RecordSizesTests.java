package org.newsroom.pipeline.support.kafka;

import java.io.IOException;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

class RecordSizesTests {

	private static final long MIB = 1024 * 1024;

	private final ApplicationContextRunner unsized = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class, PipelineKafkaAutoConfiguration.class))
		.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
		.withPropertyValues("pipeline.service=size-test");

	private final ApplicationContextRunner contexts = this.unsized
		.withPropertyValues("pipeline.kafka.max-message-bytes=8388608");

	@Test
	void fitsTheLargestBodyIngestAcceptsIntoTheShippedRecordLimit() throws IOException {
		int shipped = Integer
			.parseInt(new YamlPropertySourceLoader().load("defaults", new ClassPathResource("pipeline-defaults.yml"))
				.get(0)
				.getProperty(RecordSizes.PROPERTY)
				.toString());

		assertThat(shipped).isEqualTo(8 * MIB);
		assertThat(RecordSizes.largestRecord(MIB)).isEqualTo(7 * MIB);
		assertThatNoException().isThrownBy(() -> RecordSizes.check(MIB, shipped));
	}

	@Test
	void refusesToStartWhenABodyAtTheIngestLimitWouldOutgrowTheRecordLimit() {
		this.contexts.withPropertyValues("ingest.max-body-size=2MB").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining(RecordSizes.PROPERTY)
				.hasMessageContaining("13631488");
		});
	}

	@Test
	void refusesAServiceWithoutARecordLimit() {
		this.unsized.run((context) -> assertThat(context.getStartupFailure()).rootCause()
			.hasMessageContaining("raise " + RecordSizes.PROPERTY + " to at least 7340032"));
	}

}
