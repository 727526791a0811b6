package org.newsroom.pipeline.local;

import java.io.IOException;
import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class LocalStackTests {

	@TempDir
	Path dataDir;

	@Test
	void startsBrokerStoreAndDemoAndReplaysTheSamplesOnlyOnTheFirstStart() throws IOException {
		LocalOptions options = LocalOptions.isolated(this.dataDir).withServices();
		Endpoints first;
		try (LocalStack stack = LocalStack.start(options)) {
			first = stack.endpoints();
			assertThat(stack.demoRecords()).isEqualTo(8);
			assertThat(stack.broker()).hasValueSatisfying((broker) -> assertThat(broker.isRunning()).isTrue());
			try (MongoClient client = MongoClients.create(first.mongoUri("publish"))) {
				client.getDatabase("publish").getCollection("items").insertOne(new Document("_id", "art-1"));
			}
		}

		try (LocalStack stack = LocalStack.start(options)) {
			assertThat(stack.demoRecords()).isZero();
			assertThat(stack.endpoints().bootstrapServers()).isEqualTo(first.bootstrapServers());
			try (MongoClient client = MongoClients.create(stack.endpoints().mongoUri("publish"))) {
				assertThat(client.getDatabase("publish").getCollection("items").countDocuments()).isOne();
			}
		}
	}

	@Test
	void skipsServicesWhoseJarIsMissing() throws IOException {
		LocalOptions options = LocalOptions.isolated(this.dataDir).withDemo(false).withServices("ingest");
		LocalOptions withoutJars = new LocalOptions(options.externalKafka(), options.externalMongoUri(), false,
				options.dataDir(), this.dataDir.resolve("empty-checkout"), options.services(), options.kafkaPort(),
				options.controllerPort(), options.mongoPort(), options.serviceHeap(), options.serviceStartTimeout());

		try (LocalStack stack = LocalStack.start(withoutJars)) {
			assertThat(stack.service("ingest")).isEmpty();
			assertThat(stack.endpoints().services()).isEmpty();
		}
	}

}
