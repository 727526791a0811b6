package org.newsroom.pipeline.support.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;

import org.newsroom.pipeline.contract.audit.AuditRecord;
import org.newsroom.pipeline.contract.json.ContractJson;
import org.newsroom.pipeline.contract.lineage.LineageEvent;

/**
 * A plain Kafka client for tests: sends raw records as a CMS would, and reads a topic
 * from the beginning until a condition holds.
 */
public final class KafkaTestClient implements AutoCloseable {

	private final String bootstrapServers;

	private final KafkaProducer<String, byte[]> producer;

	public KafkaTestClient(String bootstrapServers) {
		this.bootstrapServers = bootstrapServers;
		this.producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all",
						ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
				new StringSerializer(), new ByteArraySerializer());
	}

	/**
	 * Sends one record and waits for the broker's acknowledgement.
	 * @param topic the topic
	 * @param key the key, or {@code null}
	 * @param headers header names to values
	 * @param value the value
	 */
	public void send(String topic, String key, Map<String, byte[]> headers, byte[] value) {
		sendTogether(List.of(record(topic, key, headers, value)));
	}

	/**
	 * A record to send.
	 * @param topic the topic
	 * @param key the key, or {@code null}
	 * @param headers header names to values
	 * @param value the value
	 * @return the record
	 */
	public static ProducerRecord<String, byte[]> record(String topic, String key, Map<String, byte[]> headers,
			byte[] value) {
		ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
		headers.forEach((name, bytes) -> record.headers().add(name, bytes));
		return record;
	}

	/**
	 * Sends records without waiting in between, so that records of one partition go in
	 * one batch and a consumer reads them in one poll, then waits for the broker's
	 * acknowledgements.
	 * @param records the records
	 */
	public void sendTogether(List<ProducerRecord<String, byte[]>> records) {
		List<Future<RecordMetadata>> sent = records.stream().map(this.producer::send).toList();
		try {
			for (Future<RecordMetadata> one : sent) {
				one.get(30, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("send to " + records.get(0).topic() + " failed", ex);
		}
	}

	/**
	 * Reads every record of a topic from the beginning until the records read so far
	 * satisfy a condition.
	 * @param topic the topic
	 * @param condition what must hold of all records read
	 * @param timeout how long to wait
	 * @return every record read
	 */
	public List<ConsumerRecord<String, byte[]>> readUntil(String topic,
			Predicate<List<ConsumerRecord<String, byte[]>>> condition, Duration timeout) {
		List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
		try (KafkaConsumer<String, byte[]> consumer = consumer()) {
			Awaitility.await(topic).atMost(timeout).pollInterval(Duration.ZERO).until(() -> {
				if (consumer.assignment().isEmpty()) {
					assignAll(consumer, topic);
				}
				consumer.poll(Duration.ofMillis(200)).forEach(records::add);
				return condition.test(records);
			});
		}
		return records;
	}

	/**
	 * Reads the audit trail of the pipeline until the records read so far satisfy a
	 * condition.
	 * @param topic the audit topic
	 * @param condition what must hold of all records read
	 * @param timeout how long to wait
	 * @return every audit record read
	 */
	public List<AuditRecord> auditUntil(String topic, Predicate<List<AuditRecord>> condition, Duration timeout) {
		return readUntil(topic, AuditRecord.class, condition, timeout);
	}

	/**
	 * Reads the lineage of the pipeline until the steps read so far satisfy a condition:
	 * the way to know that a stage has handled a record, even one that changed nothing.
	 * @param topic the lineage topic
	 * @param condition what must hold of all steps read
	 * @param timeout how long to wait
	 * @return every lineage step read
	 */
	public List<LineageEvent> lineageUntil(String topic, Predicate<List<LineageEvent>> condition, Duration timeout) {
		return readUntil(topic, LineageEvent.class, condition, timeout);
	}

	/** Reads a topic of JSON values, reading each value once however often it checks. */
	private <T> List<T> readUntil(String topic, Class<T> type, Predicate<List<T>> condition, Duration timeout) {
		List<T> values = new ArrayList<>();
		readUntil(topic, (records) -> {
			records.subList(values.size(), records.size())
				.forEach((r) -> values.add(ContractJson.mapper().readValue(r.value(), type)));
			return condition.test(values);
		}, timeout);
		return values;
	}

	/**
	 * Reads every record now on a topic.
	 * @param topic the topic
	 * @return the records, in partition order
	 */
	public List<ConsumerRecord<String, byte[]>> readAll(String topic) {
		List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
		try (KafkaConsumer<String, byte[]> consumer = consumer()) {
			assignAll(consumer, topic);
			Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
			Awaitility.await(topic).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ZERO).until(() -> {
				consumer.poll(Duration.ofMillis(100)).forEach(records::add);
				return end.entrySet().stream().allMatch((e) -> consumer.position(e.getKey()) >= e.getValue());
			});
		}
		return records;
	}

	/**
	 * A header's value as text.
	 * @param record the record
	 * @param name the header name
	 * @return its last value, or {@code null}
	 */
	public static String header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	private KafkaConsumer<String, byte[]> consumer() {
		return new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers, ConsumerConfig.GROUP_ID_CONFIG,
						"test-reader-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
						ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
						// as every downstream system reads: what an aborted transaction
						// sent is never seen
						ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
				new StringDeserializer(), new ByteArrayDeserializer());
	}

	private static void assignAll(KafkaConsumer<String, byte[]> consumer, String topic) {
		List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10));
		if (partitions == null || partitions.isEmpty()) {
			return;
		}
		List<TopicPartition> assignment = partitions.stream()
			.map((p) -> new TopicPartition(topic, p.partition()))
			.toList();
		consumer.assign(assignment);
		consumer.seekToBeginning(assignment);
	}

	@Override
	public void close() {
		this.producer.close(Duration.ofSeconds(5));
	}

}
