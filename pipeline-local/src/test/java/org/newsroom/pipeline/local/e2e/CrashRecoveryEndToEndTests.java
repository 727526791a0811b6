package org.newsroom.pipeline.local.e2e;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsroom.pipeline.contract.Topics;
import org.newsroom.pipeline.local.LocalStack;
import org.newsroom.pipeline.local.services.ServiceProcess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Enrich and then publish die by SIGKILL while events flow; after their restart every
 * item is published once, on the outbound topic and to webhook subscribers.
 */
class CrashRecoveryEndToEndTests {

	private static final int WAVE = 170;

	private static final int ITEMS = 3 * WAVE;

	static LocalStack stack;

	static WebhookReceiver receiver;

	static KafkaTopics topics;

	@BeforeAll
	static void startStackWithSubscriber() throws IOException {
		stack = LocalStack.start(TestStacks.options("crash-recovery")
			.withServices("ingest", "enrich", "publish")
			.withServiceArgument("publish", TestStacks.LOOPBACK_WEBHOOKS)
			// A delivery claimed by the killed publish goes to the restarted one sooner.
			.withServiceArgument("publish", "--publish.webhooks.lease=15s")
			.withServiceArgument("publish", "--publish.webhooks.request-timeout=5s"));
		receiver = WebhookReceiver.start();
		receiver.subscribe(stack.endpoints().service("publish").orElseThrow());
		topics = new KafkaTopics(stack.endpoints().bootstrapServers());
	}

	@AfterAll
	static void stopStack() {
		if (receiver != null) {
			receiver.close();
		}
		if (stack != null) {
			stack.close();
		}
	}

	@Test
	void publishesEveryItemOnceAfterEnrichAndPublishWereKilledMidStream() throws IOException {
		ServiceProcess enrich = stack.service("enrich").orElseThrow();
		ServiceProcess publish = stack.service("publish").orElseThrow();

		topics.sendToCms(CmsEvents.articles("crash", 0, WAVE));
		awaitPublished(WAVE / 4);
		enrich.kill();
		assertThat(enrich.isRunning()).isFalse();
		topics.sendToCms(CmsEvents.articles("crash", WAVE, 2 * WAVE));
		enrich.start();

		awaitPublished(WAVE + WAVE / 4);
		publish.kill();
		assertThat(publish.isRunning()).isFalse();
		topics.sendToCms(CmsEvents.articles("crash", 2 * WAVE, ITEMS));
		publish.start();

		awaitPublished(ITEMS);
		await().during(Duration.ofSeconds(5)).atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
			assertThat(outboundCountsByEventId()).hasSize(ITEMS)
				.allSatisfy((id, copies) -> assertThat(copies).as(id).isOne());
			assertThat(webhookCounts()).hasSize(ITEMS).allSatisfy((id, copies) -> assertThat(copies).as(id).isOne());
		});
		assertThat(webhookCounts().keySet()).allSatisfy((id) -> assertThat(id).endsWith(":1:published"));
	}

	private static void awaitPublished(int items) {
		await().atMost(Duration.ofMinutes(4))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> outboundCountsByEventId().size() >= items);
	}

	private static Map<String, Long> outboundCountsByEventId() {
		List<ConsumerRecord<String, String>> records = topics.readAll(Topics.CONTENT_PUBLISHED);
		return records.stream()
			.filter((record) -> record.key() != null && record.key().startsWith("crash-"))
			.collect(Collectors.groupingBy((record) -> KafkaTopics.header(record, "ce_id"), Collectors.counting()));
	}

	private static Map<String, Long> webhookCounts() {
		return receiver.countsById()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().startsWith("crash-"))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
