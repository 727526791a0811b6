package org.newsroom.pipeline.local.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.newsroom.pipeline.contract.EventTypes;
import org.newsroom.pipeline.contract.cloudevents.CloudEventHeaders;

/**
 * Plays the CMS: sends synthetic items as CloudEvents in binary mode, as fast as the
 * producer takes them or at a fixed rate, with {@code ce_time} set at the moment of
 * sending so that latency runs from there.
 */
final class CmsTraffic implements AutoCloseable {

	private final KafkaProducer<String, String> producer;

	private final String topic;

	CmsTraffic(String bootstrapServers, String topic) {
		this.topic = topic;
		this.producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all",
						ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.LINGER_MS_CONFIG, 5,
						ProducerConfig.CLIENT_ID_CONFIG, "benchmark-cms"),
				new StringSerializer(), new StringSerializer());
	}

	/**
	 * Sends items 0 to {@code count - 1} as fast as possible and waits for the broker.
	 * @param content the items
	 * @param count how many
	 * @return when the first send started
	 */
	Instant sendAll(SyntheticContent content, int count) {
		Instant first = Instant.now();
		for (int i = 0; i < count; i++) {
			send(content, i);
		}
		this.producer.flush();
		return first;
	}

	/**
	 * Sends items at a fixed rate for a while and waits for the broker.
	 * @param content the items
	 * @param rate events per second
	 * @param duration how long to send
	 * @return how many items were sent
	 */
	int sendAtRate(SyntheticContent content, int rate, Duration duration) {
		int count = (int) (rate * duration.toMillis() / 1000);
		long start = System.nanoTime();
		long interval = TimeUnit.SECONDS.toNanos(1) / rate;
		for (int i = 0; i < count; i++) {
			long due = start + i * interval;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
			send(content, i);
		}
		this.producer.flush();
		return count;
	}

	private void send(SyntheticContent content, int index) {
		String id = content.contentId(index);
		ProducerRecord<String, String> record = new ProducerRecord<>(this.topic, id, content.payload(index));
		header(record, CloudEventHeaders.SPECVERSION, CloudEventHeaders.SPEC_VERSION_1_0);
		header(record, CloudEventHeaders.ID, id + ":1");
		header(record, CloudEventHeaders.SOURCE, "cms://benchmark");
		header(record, CloudEventHeaders.TYPE, EventTypes.PUBLISHED);
		header(record, CloudEventHeaders.TIME, Instant.now().toString());
		header(record, CloudEventHeaders.CONTENT_TYPE, "application/json");
		this.producer.send(record);
	}

	private static void header(ProducerRecord<String, String> record, String name, String value) {
		record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public void close() {
		this.producer.close(Duration.ofSeconds(10));
	}

}
