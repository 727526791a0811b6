package org.newsroom.pipeline.local.store;

import java.io.IOException;
import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsroom.pipeline.local.process.Readiness;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedMongoTests {

	@TempDir
	Path dataDir;

	@Test
	void keepsADocumentAcrossARestart() throws IOException {
		try (EmbeddedMongo store = new EmbeddedMongo(this.dataDir.resolve("mongo/pipeline.mv"), Readiness.freePort())) {
			store.start();
			try (MongoClient client = MongoClients.create(store.uri())) {
				items(client).insertOne(new Document("_id", "art-1").append("headline", "Bahn-Streik"));
			}

			store.stop();
			store.start();

			try (MongoClient client = MongoClients.create(store.uri())) {
				Document item = items(client).find(new Document("_id", "art-1")).first();
				assertThat(item).isNotNull();
				assertThat(item.getString("headline")).isEqualTo("Bahn-Streik");
			}
		}
	}

	@Test
	void fallsBackToAFreePortWhenThePreferredOneIsTaken() throws IOException {
		Path file = this.dataDir.resolve("mongo/other.mv");
		try (EmbeddedMongo first = new EmbeddedMongo(this.dataDir.resolve("mongo/first.mv"), Readiness.freePort())) {
			first.start();
			int taken = Integer.parseInt(first.uri().substring(first.uri().lastIndexOf(':') + 1));
			try (EmbeddedMongo second = new EmbeddedMongo(file, taken)) {
				second.start();
				assertThat(second.uri()).isNotEqualTo(first.uri()).startsWith("mongodb://localhost:");
			}
		}
	}

	private static MongoCollection<Document> items(MongoClient client) {
		return client.getDatabase("publish").getCollection("items");
	}

}
