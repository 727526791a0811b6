package org.newsroom.pipeline.local.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.newsroom.pipeline.contract.Topics;
import org.newsroom.pipeline.support.test.KafkaTestClient;

/**
 * Sends raw records to the stack's broker and reads whole topics back.
 */
final class Broker {

	/** How often a CMS sends a record the broker refused before it gives up. */
	private static final int SEND_ROUNDS = 3;

	private final String bootstrapServers;

	Broker(String bootstrapServers) {
		this.bootstrapServers = bootstrapServers;
	}

	/**
	 * Sends records in order and waits until the broker acknowledged each. Records the
	 * broker refused for another reason than their size are sent again, in order, by a
	 * new producer, as a CMS resends what it could not deliver: after a broker restart
	 * the producer may be refused with {@code OutOfOrderSequenceException}.
	 * @return how many the producer refused as too large (refused at the door)
	 */
	int send(String topic, List<Outgoing> records) {
		List<Outgoing> pending = records;
		int refused = 0;
		for (int round = 1; !pending.isEmpty(); round++) {
			List<Outgoing> failed = new ArrayList<>();
			refused += sendOnce(topic, pending, failed, round == SEND_ROUNDS);
			pending = failed;
		}
		return refused;
	}

	private int sendOnce(String topic, List<Outgoing> records, List<Outgoing> failed, boolean last) {
		Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers,
				ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
				ProducerConfig.MAX_BLOCK_MS_CONFIG, 120_000);
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
				new ByteArraySerializer())) {
			List<Future<RecordMetadata>> sent = new ArrayList<>();
			for (Outgoing record : records) {
				sent.add(producer
					.send(new ProducerRecord<>(topic, null, record.key(), record.value(), record.headers())));
			}
			int refused = 0;
			for (int i = 0; i < sent.size(); i++) {
				Ack ack = awaitAck(sent.get(i), last);
				refused += (ack == Ack.TOO_LARGE) ? 1 : 0;
				if (ack == Ack.FAILED) {
					failed.add(records.get(i));
				}
			}
			return refused;
		}
	}

	/**
	 * Every record of a topic from the beginning to its current end; a missing topic is
	 * empty.
	 */
	List<ConsumerRecord<String, byte[]>> readAll(String topic) {
		try (KafkaTestClient client = new KafkaTestClient(this.bootstrapServers)) {
			return client.readAll(topic);
		}
	}

	/** Every record of every dead-letter topic. */
	List<ConsumerRecord<String, byte[]>> readDeadLetters() {
		List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
		deadLetterTopics().forEach((topic) -> records.addAll(readAll(topic)));
		return records;
	}

	/** Whether a consumer group has committed up to the current end of a topic. */
	boolean caughtUp(String group, String topic) {
		try (Admin admin = Admin.create(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers))) {
			Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
				.partitionsToOffsetAndMetadata()
				.get(30, TimeUnit.SECONDS);
			Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
			committed.keySet()
				.stream()
				.filter((partition) -> partition.topic().equals(topic))
				.forEach((partition) -> latest.put(partition, OffsetSpec.latest()));
			var ends = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
			return !latest.isEmpty() && latest.keySet()
				.stream()
				.allMatch((partition) -> committed.get(partition) != null
						&& committed.get(partition).offset() >= ends.get(partition).offset());
		}
		catch (ExecutionException | TimeoutException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	static String header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null && header.value() != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	private List<String> deadLetterTopics() {
		try (Admin admin = Admin.create(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers))) {
			return admin.listTopics()
				.names()
				.get(30, TimeUnit.SECONDS)
				.stream()
				.filter((name) -> name.endsWith(Topics.DEAD_LETTER_SUFFIX))
				.sorted()
				.toList();
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Cannot list topics", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Ack awaitAck(Future<RecordMetadata> result, boolean last) {
		try {
			result.get(3, TimeUnit.MINUTES);
			return Ack.TAKEN;
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RecordTooLargeException) {
				return Ack.TOO_LARGE;
			}
			if (last) {
				throw new IllegalStateException("Kafka did not take a record in " + SEND_ROUNDS + " rounds", ex);
			}
			return Ack.FAILED;
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("Kafka did not acknowledge a record", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private enum Ack {

		TAKEN, TOO_LARGE, FAILED

	}

}
