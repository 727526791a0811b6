package org.newsroom.pipeline.local.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.newsroom.pipeline.contract.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays the CMS on first start: replays the packaged sample events to the CMS topic, once
 * per data folder.
 */
public final class DemoCms {

	/** Marker written after a complete replay. */
	public static final String MARKER = "demo-replayed";

	private static final Logger logger = LoggerFactory.getLogger(DemoCms.class);

	private static final int PARTITIONS = 6;

	private final String bootstrapServers;

	private final Path dataDir;

	/**
	 * A demo CMS for one broker and data folder.
	 * @param bootstrapServers Kafka bootstrap servers
	 * @param dataDir where the marker file lives
	 */
	public DemoCms(String bootstrapServers, Path dataDir) {
		this.bootstrapServers = bootstrapServers;
		this.dataDir = dataDir;
	}

	/**
	 * Replays the samples unless this data folder has seen them.
	 * @return how many records were sent; 0 on later starts
	 * @throws IOException if the broker does not take the records
	 */
	public int replayOnFirstStart() throws IOException {
		Path marker = this.dataDir.resolve(MARKER);
		if (Files.exists(marker)) {
			logger.info("Sample events were replayed before ({}); not sending them again", marker);
			return 0;
		}
		List<SampleRecord> records = SampleRecord.packaged();
		ensureTopic();
		send(records);
		Files.createDirectories(this.dataDir);
		// Written only after every send was acknowledged: a crash mid-way replays again,
		// which the idempotent pipeline absorbs.
		Files.writeString(marker, Instant.now() + " " + records.size() + " records" + System.lineSeparator(),
				StandardCharsets.UTF_8);
		logger.info("Replayed {} sample CMS events to {}", records.size(), Topics.CMS_CONTENT);
		return records.size();
	}

	private void ensureTopic() throws IOException {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers))) {
			admin.createTopics(List.of(new NewTopic(Topics.CMS_CONTENT, PARTITIONS, (short) 1)))
				.all()
				.get(30, TimeUnit.SECONDS);
		}
		catch (ExecutionException ex) {
			if (!(ex.getCause() instanceof TopicExistsException)) {
				throw new IOException("Cannot create " + Topics.CMS_CONTENT, ex.getCause());
			}
		}
		catch (TimeoutException ex) {
			throw new IOException("Kafka did not create " + Topics.CMS_CONTENT + " in time", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while creating " + Topics.CMS_CONTENT, ex);
		}
	}

	private void send(List<SampleRecord> records) throws IOException {
		Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers,
				ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
				ProducerConfig.CLIENT_ID_CONFIG, "pipeline-local-demo-cms");
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
				new StringSerializer())) {
			List<Future<RecordMetadata>> sent = new ArrayList<>();
			for (SampleRecord record : records) {
				sent.add(producer.send(toProducerRecord(record)));
			}
			producer.flush();
			// flush() does not throw; a failed send only shows in its future.
			for (Future<RecordMetadata> result : sent) {
				result.get(30, TimeUnit.SECONDS);
			}
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IOException("Kafka did not accept the sample events", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while sending the sample events", ex);
		}
	}

	private static ProducerRecord<String, String> toProducerRecord(SampleRecord record) {
		ProducerRecord<String, String> producerRecord = new ProducerRecord<>(Topics.CMS_CONTENT, record.key(),
				record.value());
		record.headers()
			.forEach((name, value) -> producerRecord.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
		return producerRecord;
	}

}
