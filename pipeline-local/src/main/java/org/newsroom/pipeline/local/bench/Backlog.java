package org.newsroom.pipeline.local.bench;

import java.time.Duration;
import java.util.Collection;
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
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
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
			long behind = behind(admin);
			while (behind > 0 && System.nanoTime() < deadline) {
				Thread.sleep(500);
				behind = behind(admin);
			}
			logger.info("Consumer groups are {} records behind", behind);
			return behind;
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Cannot read consumer group offsets", ex);
		}
	}

	private static long behind(Admin admin) throws ExecutionException, InterruptedException {
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
				behind += Math.max(0, end - at);
			}
		}
		return behind;
	}

}
