package org.newsroom.pipeline.console.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.bson.Document;
import org.bson.types.Binary;

import org.newsroom.pipeline.contract.Topics;
import org.newsroom.pipeline.support.kafka.DeadLetterHeaders;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * Turns a dead-letter record into its stored form: where it came from, why it failed, its
 * exact key, value and headers, and a readable preview.
 */
final class DeadLetterReader {

	private DeadLetterReader() {
	}

	static Document read(ConsumerRecord<byte[], byte[]> record) {
		Headers headers = record.headers();
		String group = text(headers, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP);
		if (group == null) {
			group = text(headers, DeadLetterHeaders.GROUP);
		}
		String originalTopic = originalTopic(record.topic(), text(headers, KafkaHeaders.DLT_ORIGINAL_TOPIC), group);
		Long partition = number(headers, KafkaHeaders.DLT_ORIGINAL_PARTITION);
		Long offset = number(headers, KafkaHeaders.DLT_ORIGINAL_OFFSET);
		boolean known = originalTopic != null && partition != null && offset != null;
		String topic = known ? originalTopic : record.topic();
		long sourcePartition = known ? partition : record.partition();
		long sourceOffset = known ? offset : record.offset();
		byte[] value = (record.value() != null) ? record.value() : new byte[0];
		return new Document("_id", topic + "/" + sourcePartition + "/" + sourceOffset)
			.append(DeadLetterStore.ORIGINAL_TOPIC, topic)
			.append(DeadLetterStore.ORIGINAL_PARTITION, sourcePartition)
			.append(DeadLetterStore.ORIGINAL_OFFSET, sourceOffset)
			.append("replayTopic", originalTopic)
			.append(DeadLetterStore.DLT_TOPIC, record.topic())
			.append("dltPartition", record.partition())
			.append("dltOffset", record.offset())
			.append("consumerGroup", group)
			.append("key", (record.key() != null) ? new Binary(record.key()) : null)
			.append("value", new Binary(value))
			.append("reason", reason(headers))
			.append("exceptionClass", text(headers, KafkaHeaders.DLT_EXCEPTION_FQCN))
			.append(DeadLetterStore.SERVICE, text(headers, DeadLetterHeaders.SERVICE))
			.append("failureKind", text(headers, DeadLetterHeaders.FAILURE_KIND))
			.append("failedAt", failedAt(headers, record.timestamp()))
			.append(DeadLetterStore.RECEIVED_AT, new Date())
			.append("headers", headerDocuments(headers));
	}

	// A missing original topic can still be derived when the group is known, because
	// dead-letter topics are named <topic>.<group>.dlt.
	private static String originalTopic(String dltTopic, String header, String group) {
		if (header != null) {
			return header;
		}
		String suffix = (group != null) ? "." + group + Topics.DEAD_LETTER_SUFFIX : null;
		return (suffix != null && dltTopic.endsWith(suffix))
				? dltTopic.substring(0, dltTopic.length() - suffix.length()) : null;
	}

	private static String reason(Headers headers) {
		String reason = text(headers, DeadLetterHeaders.REASON);
		return (reason != null) ? reason : text(headers, KafkaHeaders.DLT_EXCEPTION_MESSAGE);
	}

	private static Date failedAt(Headers headers, long recordTimestamp) {
		String time = text(headers, DeadLetterHeaders.TIME);
		try {
			return Date.from((time != null) ? Instant.parse(time) : Instant.ofEpochMilli(recordTimestamp));
		}
		catch (DateTimeParseException ex) {
			return new Date(recordTimestamp);
		}
	}

	private static List<Document> headerDocuments(Headers headers) {
		List<Document> documents = new ArrayList<>();
		for (Header header : headers) {
			byte[] value = (header.value() != null) ? header.value() : new byte[0];
			documents.add(new Document("name", header.key()).append("value", new Binary(value)));
		}
		return documents;
	}

	static String text(Headers headers, String name) {
		Header header = headers.lastHeader(name);
		return (header != null && header.value() != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	// Spring Kafka writes partitions as 4-byte and offsets as 8-byte big-endian numbers;
	// hand-made dead letters may carry them as text.
	static Long number(Headers headers, String name) {
		Header header = headers.lastHeader(name);
		return (header != null) ? Payloads.number(header.value()) : null;
	}

}
