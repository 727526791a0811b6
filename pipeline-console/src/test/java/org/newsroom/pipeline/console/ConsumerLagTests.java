package org.newsroom.pipeline.console;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.console.lag.LagMonitor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ConsumerLagTests extends ConsoleTestSupport {

	@Autowired
	MeterRegistry registry;

	@Autowired
	Environment environment;

	@Test
	void reportsLagOfAGroupWhoseCommittedOffsetsAreBehindTheEnd() throws Exception {
		String topic = this.properties.topics().published();
		String group = unique("downstream");
		for (int i = 0; i < 3; i++) {
			this.kafka.send(topic, "item-" + i, Map.of(), "{}".getBytes(StandardCharsets.UTF_8));
		}
		commitStartOfEveryPartition(group, topic);

		await().atMost(Duration.ofSeconds(30)).until(() -> lagOf(api("/api/v1/overview"), group, topic) == 3);
		Gauge gauge = this.registry.find(LagMonitor.GAUGE).tags("group", group, "topic", topic).gauge();
		assertThat(gauge).isNotNull();
		assertThat(gauge.value()).isEqualTo(3.0);
		assertThat(
				viewer().page("/").select("[data-test=lag-row][data-group=" + group + "] [data-test=lag-value]").text())
			.isEqualTo("3");
	}

	private void commitStartOfEveryPartition(String group, String topic) throws Exception {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
				this.environment.getProperty("spring.kafka.bootstrap-servers")))) {
			int partitions = admin.describeTopics(java.util.List.of(topic))
				.allTopicNames()
				.get()
				.get(topic)
				.partitions()
				.size();
			Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
			for (int p = 0; p < partitions; p++) {
				offsets.put(new TopicPartition(topic, p), new OffsetAndMetadata(0));
			}
			admin.alterConsumerGroupOffsets(group, offsets).all().get();
		}
	}

	private static long lagOf(JsonNode overview, String group, String topic) {
		return overview.get("lags")
			.valueStream()
			.filter((lag) -> lag.get("group").asString().equals(group) && lag.get("topic").asString().equals(topic))
			.mapToLong((lag) -> lag.get("lag").asLong())
			.findFirst()
			.orElse(-1);
	}

}
