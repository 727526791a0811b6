package org.newsroom.pipeline.console.deadletter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The {@code dead_letters} collection: one document per original record, however often
 * its dead letter is redelivered.
 */
@Component
public class DeadLetterStore {

	static final String ORIGINAL_TOPIC = "originalTopic";

	static final String ORIGINAL_PARTITION = "originalPartition";

	static final String ORIGINAL_OFFSET = "originalOffset";

	static final String DLT_TOPIC = "dltTopic";

	static final String SERVICE = "service";

	static final String RECEIVED_AT = "receivedAt";

	private static final Logger log = LoggerFactory.getLogger(DeadLetterStore.class);

	private final MongoCollection<Document> deadLetters;

	private final DeadLetterProperties properties;

	DeadLetterStore(MongoDatabase database, DeadLetterProperties properties) {
		this.deadLetters = database.getCollection("dead_letters");
		this.properties = properties;
		this.deadLetters.createIndex(Indexes.ascending(ORIGINAL_TOPIC, ORIGINAL_PARTITION, ORIGINAL_OFFSET),
				new IndexOptions().unique(true));
		this.deadLetters.createIndex(Indexes.ascending(DLT_TOPIC, RECEIVED_AT));
	}

	void save(Document deadLetter) {
		try {
			this.deadLetters.insertOne(deadLetter);
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
				throw ex;
			}
			log.debug("dead letter {} is already stored", deadLetter.get("_id"));
		}
	}

	/**
	 * The latest dead letters, newest first.
	 * @return the dead letters
	 */
	public List<DeadLetter> latest() {
		List<DeadLetter> result = new ArrayList<>();
		this.deadLetters.find()
			.sort(Sorts.descending(RECEIVED_AT))
			.limit(this.properties.listLimit())
			.forEach((d) -> result.add(view(d)));
		return result;
	}

	/**
	 * How many dead letters each service gave up on.
	 * @return service to count; records without a service count under {@code unknown}
	 */
	public Map<String, Long> countByService() {
		Map<String, Long> counts = new TreeMap<>();
		this.deadLetters.find()
			.projection(new Document(SERVICE, 1))
			.forEach((d) -> counts.merge(Optional.ofNullable(d.getString(SERVICE)).orElse("unknown"), 1L, Long::sum));
		return counts;
	}

	List<Document> find(Collection<String> ids) {
		return this.deadLetters.find(Filters.in("_id", ids)).into(new ArrayList<>());
	}

	void markReplayed(String id, String status) {
		this.deadLetters.updateOne(Filters.eq("_id", id),
				Updates.combine(Updates.inc("replayCount", 1), Updates.set("lastReplayStatus", status)));
	}

	private DeadLetter view(Document d) {
		byte[] value = d.get("value", Binary.class).getData();
		Payloads.Preview preview = Payloads.preview(value, this.properties.previewBytes());
		Binary key = d.get("key", Binary.class);
		List<DeadLetter.HeaderView> headers = d.getList("headers", Document.class)
			.stream()
			.map((h) -> new DeadLetter.HeaderView(h.getString("name"),
					Payloads.header(h.getString("name"), h.get("value", Binary.class).getData())))
			.toList();
		return new DeadLetter(d.getString("_id"), d.getString(DLT_TOPIC), d.getString(ORIGINAL_TOPIC),
				d.get(ORIGINAL_PARTITION, Number.class).longValue(), d.get(ORIGINAL_OFFSET, Number.class).longValue(),
				d.getString("consumerGroup"), (key != null) ? new String(key.getData(), StandardCharsets.UTF_8) : null,
				d.getString("reason"), d.getString("exceptionClass"), d.getString(SERVICE), d.getString("failureKind"),
				d.getDate("failedAt").toInstant(), headers, preview.content(), preview.text(), preview.truncated(),
				preview.size(), d.getString("replayTopic") != null, d.getInteger("replayCount", 0),
				d.getString("lastReplayStatus"));
	}

}
