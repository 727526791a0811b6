package org.newsroom.pipeline.local.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentTypeTests {

	@TempDir
	Path dir;

	@Test
	void keepsEveryValueOfADocumentAcrossAReopen() {
		Document item = new Document("_id", "art-1").append("revision", 3L)
			.append("writes", 2)
			.append("score", 0.75)
			.append("live", true)
			.append("reason", null)
			.append("changedAt", Instant.parse("2026-12-01T10:00:00Z"))
			.append("eventIds", List.of("evt-1", "evt-2"))
			.append("item", new Document("headline", "Bahn-Streik").append("tags", List.of("Verkehr")));

		String file = this.dir.resolve("data.mv").toString();
		MVStore written = MVStore.open(file);
		open(written).put("art-1", item);
		written.close();
		MVStore store = MVStore.open(file);

		assertThat(open(store).get("art-1")).isEqualTo(item);
		store.close();
		WriteBuffer bson = new WriteBuffer();
		DocumentType.INSTANCE.write(bson, item);
		assertThat(bson.getBuffer().get(0)).as("stored as BSON, not serialized").isEqualTo((byte) 0xFF);
	}

	@Test
	void readsADocumentThatAnEarlierVersionStoredWithJavaSerialization() {
		Document item = new Document("_id", "art-2").append("headline", "Früher gespeichert");
		String file = this.dir.resolve("old.mv").toString();
		MVStore written = MVStore.open(file);
		written.<Object, Document>openMap("databases.ingest.items").put("art-2", item);
		written.close();
		MVStore store = MVStore.open(file);

		assertThat(open(store).get("art-2")).isEqualTo(item);
		store.close();
	}

	private static MVMap<Object, Document> open(MVStore store) {
		return store.openMap("databases.ingest.items",
				new MVMap.Builder<Object, Document>().valueType(DocumentType.INSTANCE));
	}

}
