package org.newsroom.pipeline.enrich.keywords;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

/**
 * Document frequencies in the MongoDB collection {@code document_frequencies}: one
 * document per stem ({@code _id} = stem, {@code df} = count) and one corpus counter whose
 * id cannot be a stem. A document's stems are counted with {@code $inc} upserts in one
 * unordered bulk write.
 */
public final class MongoDocumentFrequencies implements DocumentFrequencies {

	static final String COLLECTION = "document_frequencies";

	/** Stems never contain {@code #}, so this id cannot collide with one. */
	static final String CORPUS_ID = "#documents";

	private static final String COUNT = "df";

	private final MongoCollection<Document> collection;

	/**
	 * Uses the collection {@code document_frequencies} of the given database.
	 * @param database the enrich service's database
	 */
	public MongoDocumentFrequencies(MongoDatabase database) {
		this.collection = database.getCollection(COLLECTION);
	}

	@Override
	public long documents() {
		Document corpus = this.collection.find(Filters.eq("_id", CORPUS_ID)).first();
		return (corpus != null) ? corpus.get(COUNT, Number.class).longValue() : 0L;
	}

	@Override
	public Map<String, Long> frequencies(Collection<String> stems) {
		Map<String, Long> result = new HashMap<>();
		if (stems.isEmpty()) {
			return result;
		}
		for (Document doc : this.collection.find(Filters.in("_id", stems))) {
			result.put(doc.getString("_id"), doc.get(COUNT, Number.class).longValue());
		}
		return result;
	}

	@Override
	public void add(Set<String> stems) {
		Map<String, Long> counts = new HashMap<>();
		stems.forEach((stem) -> counts.put(stem, 1L));
		add(counts, 1);
	}

	/**
	 * Counts several documents at once.
	 * @param counts stem to the number of new documents containing it
	 * @param documents the number of new documents
	 */
	public void add(Map<String, Long> counts, long documents) {
		List<WriteModel<Document>> writes = new ArrayList<>(counts.size() + 1);
		UpdateOptions upsert = new UpdateOptions().upsert(true);
		counts.forEach((stem, count) -> writes
			.add(new UpdateOneModel<>(Filters.eq("_id", stem), Updates.inc(COUNT, count), upsert)));
		writes.add(new UpdateOneModel<>(Filters.eq("_id", CORPUS_ID), Updates.inc(COUNT, documents), upsert));
		this.collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
	}

}
