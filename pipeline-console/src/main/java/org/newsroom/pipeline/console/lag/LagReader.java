package org.newsroom.pipeline.console.lag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupType;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads committed and end offsets from the broker and computes lag per group and topic.
 */
final class LagReader {

	private final Admin admin;

	private final String namespace;

	private final long timeoutMs;

	LagReader(Admin admin, String namespace, long timeoutMs) {
		this.admin = admin;
		this.namespace = namespace;
		this.timeoutMs = timeoutMs;
	}

	List<ConsumerLag> read() throws InterruptedException, ExecutionException, TimeoutException {
		Map<String, ListConsumerGroupOffsetsSpec> groups = new HashMap<>();
		for (GroupListing group : this.admin.listGroups().all().get(this.timeoutMs, TimeUnit.MILLISECONDS)) {
			if (group.type().map((type) -> type == GroupType.CLASSIC || type == GroupType.CONSUMER).orElse(true)) {
				groups.put(group.groupId(), new ListConsumerGroupOffsetsSpec());
			}
		}
		if (groups.isEmpty()) {
			return List.of();
		}
		Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = this.admin.listConsumerGroupOffsets(groups)
			.all()
			.get(this.timeoutMs, TimeUnit.MILLISECONDS);
		Map<TopicPartition, Long> ends = endOffsets(committed);
		return lags(committed, ends);
	}

	private Map<TopicPartition, Long> endOffsets(Map<String, Map<TopicPartition, OffsetAndMetadata>> committed)
			throws InterruptedException, ExecutionException, TimeoutException {
		Map<TopicPartition, OffsetSpec> request = new HashMap<>();
		committed.values()
			.forEach((offsets) -> offsets.keySet()
				.stream()
				.filter(this::inNamespace)
				.forEach((partition) -> request.put(partition, OffsetSpec.latest())));
		Map<TopicPartition, Long> ends = new HashMap<>();
		if (!request.isEmpty()) {
			Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> infos = this.admin.listOffsets(request)
				.all()
				.get(this.timeoutMs, TimeUnit.MILLISECONDS);
			infos.forEach((partition, info) -> ends.put(partition, info.offset()));
		}
		return ends;
	}

	private List<ConsumerLag> lags(Map<String, Map<TopicPartition, OffsetAndMetadata>> committed,
			Map<TopicPartition, Long> ends) {
		Map<String, ConsumerLag> byGroupAndTopic = new TreeMap<>();
		committed.forEach((group, offsets) -> offsets.forEach((partition, offset) -> {
			Long end = ends.get(partition);
			if (offset != null && end != null) {
				long lag = Math.max(0, end - offset.offset());
				byGroupAndTopic.merge(group + "\u0000" + partition.topic(),
						new ConsumerLag(group, partition.topic(), lag, 1),
						(a, b) -> new ConsumerLag(a.group(), a.topic(), a.lag() + b.lag(), a.partitions() + 1));
			}
		}));
		return new ArrayList<>(byGroupAndTopic.values());
	}

	private boolean inNamespace(TopicPartition partition) {
		return partition.topic().startsWith(this.namespace);
	}

}
