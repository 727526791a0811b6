package org.newsroom.pipeline.enrich.keywords;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Runs against mongo-java-server, a real wire-protocol server inside the test JVM.
 */
class MongoDocumentFrequenciesTests {

	private static MongoServer server;

	private static MongoClient client;

	@BeforeAll
	static void startServer() {
		server = new MongoServer(new MemoryBackend());
		client = MongoClients
			.create("mongodb://" + server.bind().getHostString() + ":" + server.getLocalAddress().getPort());
	}

	@AfterAll
	static void stopServer() {
		client.close();
		server.shutdownNow();
	}

	@Test
	void countsDocumentsAndStemsAcrossInstances() {
		MongoDocumentFrequencies frequencies = new MongoDocumentFrequencies(client.getDatabase("enrich-a"));
		frequencies.add(Set.of("ukrain", "krieg"));
		frequencies.add(Set.of("ukrain", "streik"));
		MongoDocumentFrequencies other = new MongoDocumentFrequencies(client.getDatabase("enrich-a"));
		assertThat(other.documents()).isEqualTo(2);
		assertThat(other.frequencies(List.of("ukrain", "krieg", "unbekannt")))
			.isEqualTo(Map.of("ukrain", 2L, "krieg", 1L));
	}

	@Test
	void startsEmpty() {
		MongoDocumentFrequencies frequencies = new MongoDocumentFrequencies(client.getDatabase("enrich-empty"));
		assertThat(frequencies.documents()).isZero();
		assertThat(frequencies.frequencies(List.of())).isEmpty();
	}

	@Test
	void feedsKeywordScoresOfLaterItems() {
		MongoDocumentFrequencies frequencies = new MongoDocumentFrequencies(client.getDatabase("enrich-b"));
		var chain = new org.newsroom.pipeline.enrich.chain.EnricherChain(
				List.of(new org.newsroom.pipeline.enrich.text.TextEnricher(), new KeywordEnricher(frequencies)));
		chain.enrich(org.newsroom.pipeline.enrich.chain.TestItems.sample(2));
		chain.enrich(org.newsroom.pipeline.enrich.chain.TestItems.sample(4));
		assertThat(frequencies.documents()).isEqualTo(2);
		assertThat(frequencies.frequencies(List.of("gdl")).get("gdl")).isEqualTo(2L);
	}

	@Test
	void seesItsOwnCountsAtOnceAndWritesThemMergedForOtherInstances() {
		MongoDocumentFrequencies store = new MongoDocumentFrequencies(client.getDatabase("enrich-buffered"));
		store.add(Set.of("ukrain"));
		try (BufferedDocumentFrequencies buffered = new BufferedDocumentFrequencies(store, Duration.ofHours(1))) {
			buffered.add(Set.of("ukrain", "krieg"));
			buffered.add(Set.of("ukrain", "streik"));

			assertThat(buffered.documents()).isEqualTo(3);
			assertThat(buffered.frequencies(List.of("ukrain", "krieg"))).isEqualTo(Map.of("ukrain", 3L, "krieg", 1L));
			assertThat(store.documents()).isOne();

			buffered.flush();

			MongoDocumentFrequencies other = new MongoDocumentFrequencies(client.getDatabase("enrich-buffered"));
			assertThat(other.documents()).isEqualTo(3);
			assertThat(other.frequencies(List.of("ukrain", "krieg", "streik")))
				.isEqualTo(Map.of("ukrain", 3L, "krieg", 1L, "streik", 1L));
			assertThat(buffered.frequencies(List.of("ukrain"))).isEqualTo(Map.of("ukrain", 3L));
		}
	}

	@Test
	void writesWhatIsPendingWhenClosedAndOnItsOwnAfterTheInterval() {
		MongoDocumentFrequencies store = new MongoDocumentFrequencies(client.getDatabase("enrich-flushed"));
		try (BufferedDocumentFrequencies buffered = new BufferedDocumentFrequencies(store, Duration.ofMillis(100))) {
			buffered.add(Set.of("bahn"));
			await().atMost(Duration.ofSeconds(10)).until(() -> store.documents() == 1);
		}
		BufferedDocumentFrequencies closing = new BufferedDocumentFrequencies(store, Duration.ofHours(1));
		closing.add(Set.of("bahn", "streik"));
		closing.close();
		assertThat(store.frequencies(List.of("bahn", "streik"))).isEqualTo(Map.of("bahn", 2L, "streik", 1L));
	}

}
