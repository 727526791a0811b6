package org.newsroom.pipeline.local.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
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

	/**
	 * The server answers a query after it let go of the collection; an update that
	 * changed the stored document in place meanwhile made the answer half old and half
	 * new, or broke the connection.
	 */
	@Test
	void answersEveryReadWithWholeDocumentsWhileOtherClientsUpdateThem() throws Exception {
		int writers = 3;
		try (EmbeddedMongo store = new EmbeddedMongo(this.dataDir.resolve("mongo/concurrent.mv"),
				Readiness.freePort())) {
			store.start();
			Document fields = new Document();
			for (int f = 0; f < 50; f++) {
				fields.append("field" + f, "Die Gewerkschaft Verdi und der Bund haben sich geeinigt.");
			}
			// a read the server could not answer fails here instead of being retried
			try (MongoClient reader = MongoClients.create(store.uri() + "/?retryReads=false")) {
				for (int i = 0; i < 200; i++) {
					items(reader).insertOne(new Document("_id", "art-" + i).append("status", "pending")
						.append("round", 0)
						.append("fields", fields));
				}
				AtomicBoolean writing = new AtomicBoolean(true);
				ExecutorService threads = Executors.newFixedThreadPool(writers);
				List<Future<?>> updates = new ArrayList<>();
				for (int w = 0; w < writers; w++) {
					int first = w;
					updates.add(threads.submit(() -> updateUntilStopped(store.uri(), first, writers, writing)));
				}
				List<String> torn = new ArrayList<>();
				try {
					for (int read = 0; read < 200; read++) {
						for (Document item : items(reader).find()) {
							boolean inFlight = "in_flight".equals(item.getString("status"));
							if (inFlight != item.containsKey("lease")
									|| (inFlight && !Objects.equals(item.get("lease"), item.get("round")))) {
								torn.add(item.getString("_id"));
							}
						}
					}
				}
				finally {
					writing.set(false);
					for (Future<?> update : updates) {
						update.get(30, TimeUnit.SECONDS);
					}
					threads.shutdown();
				}
				assertThat(torn).isEmpty();
			}
		}
	}

	/**
	 * Flips every {@code step}th item, one by one, between two states that differ in
	 * every field the test reads, one of them present in only one state.
	 */
	private static void updateUntilStopped(String uri, int first, int step, AtomicBoolean writing) {
		try (MongoClient writer = MongoClients.create(uri)) {
			MongoCollection<Document> items = items(writer);
			for (int round = 1; writing.get(); round++) {
				Bson change = (round % 2 == 0)
						? Updates.combine(Updates.set("status", "pending"), Updates.set("round", round),
								Updates.unset("lease"))
						: Updates.combine(Updates.set("status", "in_flight"), Updates.set("round", round),
								Updates.set("lease", round));
				for (int i = first; i < 200 && writing.get(); i += step) {
					items.updateOne(Filters.eq("_id", "art-" + i), change);
				}
			}
		}
	}

	private static MongoCollection<Document> items(MongoClient client) {
		return client.getDatabase("publish").getCollection("items");
	}

}
