package org.newsroom.pipeline.local.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsroom.pipeline.local.process.Readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
	void stillRefusesADuplicateIdAfterARestart() throws IOException {
		try (EmbeddedMongo store = new EmbeddedMongo(this.dataDir.resolve("mongo/unique.mv"), Readiness.freePort())) {
			store.start();
			try (MongoClient client = MongoClients.create(store.uri())) {
				for (int i = 0; i < 300; i++) {
					items(client).insertOne(new Document("_id", "art-" + i));
				}
			}

			store.stop();
			store.start();

			try (MongoClient client = MongoClients.create(store.uri())) {
				assertThatThrownBy(() -> items(client).insertOne(new Document("_id", "art-123")))
					.isInstanceOf(MongoWriteException.class)
					.hasMessageContaining("duplicate key");
				assertThat(items(client).find(new Document("_id", "art-299")).first()).isNotNull();
				assertThat(items(client).countDocuments()).isEqualTo(300);
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

	@Test
	void appliesARevisionGuardedWriteOnlyToTheNamedItemAndOnlyWhenItIsNewer() throws IOException {
		try (EmbeddedMongo store = new EmbeddedMongo(this.dataDir.resolve("mongo/guarded.mv"), Readiness.freePort())) {
			store.start();
			try (MongoClient client = MongoClients.create(store.uri())) {
				MongoCollection<Document> items = items(client);
				for (int i = 0; i < 50; i++) {
					items.insertOne(new Document("_id", "art-" + i).append("revision", 2));
				}

				long newer = items
					.updateOne(Filters.and(Filters.eq("_id", "art-7"), Filters.lt("revision", 3)),
							Updates.set("revision", 3))
					.getModifiedCount();
				long stale = items
					.updateOne(new Document("_id", "art-8").append("revision", new Document("$lt", 1)),
							Updates.set("revision", 1))
					.getModifiedCount();
				long alternative = items.updateOne(
						Filters.and(Filters.eq("_id", "art-9"),
								Filters.or(Filters.lt("revision", 2), Filters.eq("withdrawn", true))),
						Updates.set("revision", 4))
					.getModifiedCount();
				List<Object> unchangedOrMissing = items
					.find(Filters.and(Filters.in("_id", "art-8", "art-9", "art-404"), Filters.eq("revision", 2)))
					.map(item -> item.get("_id"))
					.into(new ArrayList<>());

				assertThat(newer).isOne();
				assertThat(stale).isZero();
				assertThat(alternative).isZero();
				assertThat(unchangedOrMissing).containsExactlyInAnyOrder("art-8", "art-9");
				assertThat(items.countDocuments(Filters.eq("revision", 3))).isOne();
				assertThat(items.find(Filters.eq("_id", "art-7")).first()).containsEntry("revision", 3);
			}
		}
	}

	private static MongoCollection<Document> items(MongoClient client) {
		return client.getDatabase("publish").getCollection("items");
	}

}
