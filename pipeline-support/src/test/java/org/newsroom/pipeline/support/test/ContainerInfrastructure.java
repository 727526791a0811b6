package org.newsroom.pipeline.support.test;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Kafka and MongoDB in containers, for machines with Docker.
 */
final class ContainerInfrastructure implements TestInfrastructure {

	static final DockerImageName KAFKA_IMAGE = DockerImageName.parse("apache/kafka:4.1.2");

	static final DockerImageName MONGO_IMAGE = DockerImageName.parse("mongo:8.0.17");

	private final KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);

	private final MongoDBContainer mongo = new MongoDBContainer(MONGO_IMAGE);

	ContainerInfrastructure() {
		this.kafka.start();
		this.mongo.start();
	}

	@Override
	public String kafkaBootstrapServers() {
		return this.kafka.getBootstrapServers();
	}

	@Override
	public String mongoUri() {
		return this.mongo.getConnectionString();
	}

	@Override
	public void stopMongo() {
		this.mongo.getDockerClient().pauseContainerCmd(this.mongo.getContainerId()).exec();
	}

	@Override
	public void startMongo() {
		this.mongo.getDockerClient().unpauseContainerCmd(this.mongo.getContainerId()).exec();
	}

}
