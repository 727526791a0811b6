package org.newsroom.pipeline.local.e2e;

import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsroom.pipeline.contract.Topics;
import org.newsroom.pipeline.local.LocalStack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two enrich instances in one consumer group share the partitions, and every item is
 * still enriched and published exactly once.
 */
class ScaleOutEndToEndTests {

	private static final int ITEMS = 200;

	private static final String GROUP = "enrich-service";

	static LocalStack stack;

	@BeforeAll
	static void startStackWithTwoEnrichInstances() throws IOException {
		stack = LocalStack.start(TestStacks.options("scale-out").withServices("ingest", "enrich", "publish"));
	}

	@AfterAll
	static void stopStack() {
		if (stack != null) {
			stack.close();
		}
	}

	@Test
	void sharesThePartitionsAndPublishesEveryItemOnce() throws Exception {
		// Each instance runs several consumers of the topic (listener concurrency).
		await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(ingestedPartitions()).isEqualTo(6));
		int consumersOfOne = consumersOfIngested().size();

		stack.startInstance("enrich");

		assertThat(stack.service("enrich-2")).hasValueSatisfying((second) -> assertThat(second.isRunning()).isTrue());
		await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
			assertThat(consumersOfIngested()).hasSize(2 * consumersOfOne)
				.allSatisfy((member) -> assertThat(member.assignment().topicPartitions()).isNotEmpty());
			assertThat(ingestedPartitions()).isEqualTo(6);
		});

		KafkaTopics topics = new KafkaTopics(stack.endpoints().bootstrapServers());
		topics.sendToCms(CmsEvents.articles("scale", 0, ITEMS));

		await().atMost(Duration.ofMinutes(4))
			.pollInterval(Duration.ofSeconds(2))
			.untilAsserted(() -> assertThat(publishedById(topics)).hasSize(ITEMS));
		// Holding for a while shows no late duplicate after the last first copy.
		await().during(Duration.ofSeconds(3))
			.atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(publishedById(topics)).hasSize(ITEMS)
				.allSatisfy((id, copies) -> assertThat(copies).as(id).isOne()));
		assertThat(enrichedById(topics)).hasSize(ITEMS).allSatisfy((id, copies) -> assertThat(copies).as(id).isOne());
	}

	private static List<MemberDescription> consumersOfIngested() throws Exception {
		return enrichMembers().stream()
			.filter((member) -> member.assignment()
				.topicPartitions()
				.stream()
				.anyMatch((partition) -> partition.topic().equals(Topics.CONTENT_INGESTED)))
			.toList();
	}

	private static long ingestedPartitions() throws Exception {
		return enrichMembers().stream()
			.flatMap((member) -> member.assignment().topicPartitions().stream())
			.filter((partition) -> partition.topic().equals(Topics.CONTENT_INGESTED))
			.count();
	}

	private static List<MemberDescription> enrichMembers() throws Exception {
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.endpoints().bootstrapServers()))) {
			ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(GROUP))
				.describedGroups()
				.get(GROUP)
				.get(30, TimeUnit.SECONDS);
			Collection<MemberDescription> members = group.members();
			return List.copyOf(members);
		}
	}

	private static Map<String, Long> publishedById(KafkaTopics topics) {
		return countByKey(topics.readAll(Topics.CONTENT_PUBLISHED));
	}

	private static Map<String, Long> enrichedById(KafkaTopics topics) {
		return countByKey(topics.readAll(Topics.CONTENT_ENRICHED));
	}

	private static Map<String, Long> countByKey(List<ConsumerRecord<String, String>> records) {
		return records.stream()
			.filter((record) -> record.key() != null && record.key().startsWith("scale-"))
			.collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
	}

}
