package org.newsroom.pipeline.publish.metrics;

import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.publish.support.PublishServiceTestBase;
import org.newsroom.pipeline.publish.support.TestEvents;
import org.newsroom.pipeline.support.test.webhook.WebhookReceiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PrometheusMetricsTests extends PublishServiceTestBase {

	@Test
	void exposesStageChannelLatencyAndLagMetricsAtThePrometheusEndpoint() throws Exception {
		try (WebhookReceiver receiver = WebhookReceiver.start()) {
			subscribe(receiver, "metrics", "content.published");
			send(TestEvents.article("metrics-1", 1, "metrics", "Gemessen", null));
			receiver.awaitDeliveries(1, WAIT);
			await().atMost(WAIT)
				.untilAsserted(() -> assertThat(get("/actuator/prometheus", null).body())
					.containsPattern(
							"pipeline_stage_events_total\\{.*outcome=\"published\".*stage=\"publish\".*\\} [1-9]")
					.containsPattern(
							"pipeline_stage_events_total\\{.*outcome=\"delivered\".*stage=\"webhook\".*\\} [1-9]")
					.contains("pipeline_stage_processing_seconds_bucket{")
					.contains("pipeline_end_to_end_latency_seconds_bucket{")
					.containsPattern(
							"pipeline_channel_deliveries_total\\{.*channel=\"webhook\".*outcome=\"delivered\".*\\} [1-9]")
					.contains("pipeline_channel_circuit{")
					.contains("pipeline_channel_outbox_pending{")
					.containsPattern("pipeline_embargo_overdue\\{.*\\} 0")
					.contains("kafka_consumer_fetch_manager_records_lag"));
		}
	}

}
