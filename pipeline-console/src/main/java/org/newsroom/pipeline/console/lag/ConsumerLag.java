package org.newsroom.pipeline.console.lag;

/**
 * How far one consumer group is behind on one topic.
 *
 * @param group the consumer group
 * @param topic the topic
 * @param lag records between the committed offsets and the end, summed over partitions
 * @param partitions the partitions the group has committed offsets for
 */
public record ConsumerLag(String group, String topic, long lag, int partitions) {
}
