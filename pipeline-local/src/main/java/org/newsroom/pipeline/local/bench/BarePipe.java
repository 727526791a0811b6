package org.newsroom.pipeline.local.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.newsroom.pipeline.local.store.MongoUris;

/**
 * The limit the stages are compared with: one consumer that polls a batch, bulk-upserts
 * it, produces it on, waits for the acknowledgements and commits, with no logic, through
 * the same broker and store and with the services' producer settings.
 */
final class BarePipe {

	private final String bootstrapServers;

	private final String mongoUri;

	BarePipe(String bootstrapServers, String mongoUri) {
		this.bootstrapServers = bootstrapServers;
		this.mongoUri = mongoUri;
	}

	/**
	 * Sends {@code count} synthetic items to a fresh input topic while the pipe runs.
	 * @param content the items
	 * @param count how many
	 * @param inputTopic where the synthetic CMS sends
	 * @param outputTopic where the pipe produces
	 * @return first send and last acknowledged output
	 */
	Timing run(SyntheticContent content, int count, String inputTopic, String outputTopic) throws Exception {
		try (MongoClient mongo = MongoClients.create(MongoUris.withDatabase(this.mongoUri, "benchmark"));
				KafkaConsumer<String, String> consumer = consumer();
				KafkaProducer<String, String> producer = producer();
				CmsTraffic cms = new CmsTraffic(this.bootstrapServers, inputTopic)) {
			MongoCollection<Document> items = mongo.getDatabase("benchmark").getCollection(inputTopic);
			consumer.subscribe(List.of(inputTopic));
			Thread sender = new Thread(() -> cms.sendAll(content, count), "benchmark-bare-cms");
			Instant first = Instant.now();
			sender.start();
			int piped = 0;
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
			while (piped < count && System.nanoTime() < deadline) {
				int batch = pipe(consumer.poll(Duration.ofMillis(100)), items, producer, outputTopic);
				if (batch > 0) {
					// Like the services: offsets only after the store write and the
					// acknowledged sends.
					consumer.commitSync();
					piped += batch;
				}
			}
			Instant last = Instant.now();
			sender.join();
			return new Timing(first, last, piped);
		}
	}

	private static int pipe(ConsumerRecords<String, String> records, MongoCollection<Document> items,
			KafkaProducer<String, String> producer, String outputTopic)
			throws InterruptedException, ExecutionException, TimeoutException {
		if (records.isEmpty()) {
			return 0;
		}
		List<WriteModel<Document>> writes = new ArrayList<>(records.count());
		for (ConsumerRecord<String, String> record : records) {
			Document doc = Document.parse(record.value()).append("_id", record.key());
			writes.add(new ReplaceOneModel<>(Filters.eq("_id", record.key()), doc, new ReplaceOptions().upsert(true)));
		}
		items.bulkWrite(writes, new BulkWriteOptions().ordered(false));
		List<Future<RecordMetadata>> sends = new ArrayList<>(records.count());
		for (ConsumerRecord<String, String> record : records) {
			sends.add(producer.send(new ProducerRecord<>(outputTopic, record.key(), record.value())));
		}
		for (Future<RecordMetadata> send : sends) {
			send.get(30, TimeUnit.SECONDS);
		}
		return records.count();
	}

	private KafkaConsumer<String, String> consumer() {
		return new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers, ConsumerConfig.GROUP_ID_CONFIG,
						"benchmark-bare-pipe", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
						ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500),
				new StringDeserializer(), new StringDeserializer());
	}

	private KafkaProducer<String, String> producer() {
		return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers,
				ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
				ProducerConfig.LINGER_MS_CONFIG, 5, ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"),
				new StringSerializer(), new StringSerializer());
	}

	/**
	 * How long a run took.
	 *
	 * @param first when the first item was sent
	 * @param last when the last item was stored and produced on
	 * @param count how many items went through
	 */
	record Timing(Instant first, Instant last, int count) {

		double perSecond() {
			return Throughput.perSecond(this.count, this.first, this.last);
		}

	}

}
