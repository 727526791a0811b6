package org.newsroom.pipeline.local.e2e;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.newsroom.pipeline.contract.Topics;
import org.newsroom.pipeline.local.demo.SampleRecord;
import org.newsroom.pipeline.support.test.KafkaTestClient;

/**
 * Plays the CMS and reads topics from the beginning, against the stack's real broker.
 */
public final class KafkaTopics {

	private static final int MAX_REQUEST_SIZE = 2 * 1024 * 1024;

	private final String bootstrapServers;

	/**
	 * Topics of one broker.
	 * @param bootstrapServers Kafka bootstrap servers
	 */
	public KafkaTopics(String bootstrapServers) {
		this.bootstrapServers = bootstrapServers;
	}

	/**
	 * Sends CMS records to {@code cms.content.v1} in order, with their keys and headers,
	 * and waits until the broker has them all.
	 * @param records the records
	 */
	public void sendToCms(List<SampleRecord> records) {
		send(Topics.CMS_CONTENT, records);
	}

	/**
	 * Sends records to a topic in order and waits until the broker has them all.
	 * @param topic the topic
	 * @param records keys, headers and values
	 */
	public void send(String topic, List<SampleRecord> records) {
		// A CMS record with a body at ingest's limit is larger than the client's default.
		Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers,
				ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
				ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_REQUEST_SIZE);
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
				new StringSerializer())) {
			List<Future<RecordMetadata>> sent = new ArrayList<>();
			for (SampleRecord record : records) {
				ProducerRecord<String, String> producerRecord = new ProducerRecord<>(topic, record.key(),
						record.value());
				record.headers()
					.forEach((name, value) -> producerRecord.headers()
						.add(name, value.getBytes(StandardCharsets.UTF_8)));
				sent.add(producer.send(producerRecord));
			}
			for (Future<RecordMetadata> result : sent) {
				result.get(30, TimeUnit.SECONDS);
			}
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Kafka did not take the records", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Every committed record of a topic from the beginning up to its current end.
	 * @param topic the topic; missing topics read as empty
	 * @return the records, partition by partition
	 */
	public List<ConsumerRecord<String, String>> readAll(String topic) {
		try (KafkaTestClient client = new KafkaTestClient(this.bootstrapServers)) {
			return client.readAll(topic).stream().map(KafkaTopics::asText).toList();
		}
	}

	private static ConsumerRecord<String, String> asText(ConsumerRecord<String, byte[]> record) {
		return new ConsumerRecord<>(record.topic(), record.partition(), record.offset(), record.timestamp(),
				record.timestampType(), record.serializedKeySize(), record.serializedValueSize(), record.key(),
				(record.value() != null) ? new String(record.value(), StandardCharsets.UTF_8) : null, record.headers(),
				record.leaderEpoch());
	}

	/**
	 * A header's value as text.
	 * @param record the record
	 * @param name the header
	 * @return the last value, or {@code null}
	 */
	public static String header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null && header.value() != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

}
