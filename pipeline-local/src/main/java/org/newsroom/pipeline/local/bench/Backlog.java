package org.newsroom.pipeline.local.bench;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The records the stack's consumer groups have not committed yet. A latency run starts
 * only when it is zero, so that it measures the pipeline and not a queue left by the run
 * before.
 */
final class Backlog {

	private static final Logger logger = LoggerFactory.getLogger(Backlog.class);

	private Backlog() {
	}

	/**
	 * Waits until every consumer group has caught up, or gives up.
	 * @param bootstrapServers the broker
	 * @param timeout how long to wait at most
	 * @return the records still behind when it returned: 0 when drained
	 */
	static long awaitDrained(String bootstrapServers, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			long behind = behind(admin, bootstrapServers);
			while (behind > 0 && System.nanoTime() < deadline) {
				Thread.sleep(500);
				behind = behind(admin, bootstrapServers);
			}
			logger.info("Consumer groups are {} records behind", behind);
			return behind;
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Cannot read consumer group offsets", ex);
		}
	}

	private static long behind(Admin admin, String bootstrapServers) throws ExecutionException, InterruptedException {
		Collection<GroupListing> groups = admin.listGroups(ListGroupsOptions.forConsumerGroups()).all().get();
		long behind = 0;
		for (GroupListing group : groups) {
			Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
				.partitionsToOffsetAndMetadata()
				.get();
			if (committed.isEmpty()) {
				continue;
			}
			Map<TopicPartition, ListOffsetsResultInfo> ends = admin
				.listOffsets(committed.keySet()
					.stream()
					.collect(Collectors.toMap(Function.identity(), (partition) -> OffsetSpec.latest())))
				.all()
				.get();
			for (Map.Entry<TopicPartition, OffsetAndMetadata> entry : committed.entrySet()) {
				long end = ends.get(entry.getKey()).offset();
				long at = (entry.getValue() != null) ? entry.getValue().offset() : 0;
				if (end > at) {
					behind += records(bootstrapServers, entry.getKey(), at, end);
				}
			}
		}
		return behind;
	}

	/**
	 * The records a consumer that reads committed data would still get between two
	 * offsets. A stage commits its offsets in a transaction, so its committed offset
	 * stays one below the end, at the transaction's commit marker, which is no record.
	 */
	private static long records(String servers, TopicPartition partition, long from, long end) {
		try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers, ConsumerConfig.ISOLATION_LEVEL_CONFIG,
						"read_committed", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
				new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
			consumer.assign(List.of(partition));
			consumer.seek(partition, from);
			long count = 0;
			long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
			while (consumer.position(partition) < end && System.nanoTime() < deadline) {
				count += consumer.poll(Duration.ofMillis(200)).count();
			}
			return (consumer.position(partition) < end) ? Math.max(count, end - consumer.position(partition)) : count;
		}
	}

}
