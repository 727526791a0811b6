package org.newsroom.pipeline.support.test;

/**
 * A Kafka broker and a MongoDB store shared by every test of one JVM.
 */
public interface TestInfrastructure {

	/**
	 * Bootstrap servers of the broker.
	 * @return {@code host:port}
	 */
	String kafkaBootstrapServers();

	/**
	 * Connection string of the store, without a database.
	 * @return {@code mongodb://host:port}
	 */
	String mongoUri();

	/**
	 * Makes the store unreachable, as in an outage; data is kept.
	 */
	void stopMongo();

	/**
	 * Brings the store back on the same address with the same data.
	 */
	void startMongo();

}
