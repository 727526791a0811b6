package org.newsroom.pipeline.support.test;

import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A real Kafka broker in KRaft mode and an in-memory MongoDB wire-protocol server, both
 * inside the test JVM.
 */
final class EmbeddedInfrastructure implements TestInfrastructure {

	private static final int PARTITIONS = 6;

	private static final String MAX_MESSAGE_BYTES = "8388608";

	private final EmbeddedKafkaKraftBroker kafka;

	private final MemoryBackend mongoBackend = new MemoryBackend();

	private final InetSocketAddress mongoAddress;

	private MongoServer mongo;

	EmbeddedInfrastructure() {
		this.kafka = new EmbeddedKafkaKraftBroker(1, PARTITIONS);
		this.kafka.brokerProperty("log.flush.interval.messages", "10000");
		// The stage engine commits each poll in a transaction; one broker holds their
		// log.
		this.kafka.brokerProperty("transaction.state.log.replication.factor", "1");
		this.kafka.brokerProperty("transaction.state.log.min.isr", "1");
		// As pipeline.kafka.max-message-bytes, for topics a test makes without it.
		this.kafka.brokerProperty("message.max.bytes", MAX_MESSAGE_BYTES);
		this.kafka.brokerProperty("replica.fetch.max.bytes", MAX_MESSAGE_BYTES);
		this.kafka.afterPropertiesSet();
		this.mongo = new MongoServer(this.mongoBackend);
		this.mongoAddress = this.mongo.bind();
		Runtime.getRuntime().addShutdownHook(new Thread(this::close, "test-infrastructure-shutdown"));
	}

	@Override
	public String kafkaBootstrapServers() {
		return this.kafka.getBrokersAsString();
	}

	@Override
	public String mongoUri() {
		return "mongodb://" + this.mongoAddress.getHostString() + ":" + this.mongoAddress.getPort();
	}

	@Override
	public synchronized void stopMongo() {
		this.mongo.stopListening();
		this.mongo.shutdownNow();
	}

	@Override
	public synchronized void startMongo() {
		this.mongo = new MongoServer(this.mongoBackend);
		this.mongo.bind(this.mongoAddress.getHostString(), this.mongoAddress.getPort());
	}

	private void close() {
		this.mongo.shutdownNow();
		this.kafka.destroy();
	}

}
