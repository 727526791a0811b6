package org.newsroom.pipeline.console.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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
import org.bson.conversions.Bson;
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

	static final String CONSUMER_GROUP = "consumerGroup";

	static final String FAILED_AT = "failedAt";

	private static final Logger log = LoggerFactory.getLogger(DeadLetterStore.class);

	private final MongoCollection<Document> deadLetters;

	private final DeadLetterProperties properties;

	DeadLetterStore(MongoDatabase database, DeadLetterProperties properties) {
		this.deadLetters = database.getCollection("dead_letters");
		this.properties = properties;
		this.deadLetters.createIndex(Indexes.ascending(ORIGINAL_TOPIC, ORIGINAL_PARTITION, ORIGINAL_OFFSET),
				new IndexOptions().unique(true));
		this.deadLetters.createIndex(Indexes.ascending(DLT_TOPIC, RECEIVED_AT));
		this.deadLetters.createIndex(Indexes.descending(RECEIVED_AT));
		this.deadLetters.createIndex(Indexes.ascending(ORIGINAL_TOPIC, RECEIVED_AT));
		this.deadLetters.createIndex(Indexes.ascending(CONSUMER_GROUP, RECEIVED_AT));
		this.deadLetters.createIndex(Indexes.ascending("key"));
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
	 * One page of the dead letters that match a filter, newest first.
	 * @param filter which dead letters
	 * @param page the page, from 0
	 * @param size dead letters per page, or 0 for the default; at most the configured
	 * maximum
	 * @return the page
	 */
	public DeadLetterPage page(DeadLetterFilter filter, int page, int size) {
		int bounded = (size <= 0) ? this.properties.pageSize() : Math.min(size, this.properties.maxPageSize());
		int from = Math.max(0, page);
		Bson where = DeadLetterQueries.where(filter, null);
		List<DeadLetter> result = new ArrayList<>();
		this.deadLetters.find(where)
			.sort(Sorts.descending(RECEIVED_AT, "_id"))
			.skip(from * bounded)
			.limit(bounded)
			.forEach((d) -> result.add(view(d)));
		return new DeadLetterPage(result, from, bounded, this.deadLetters.countDocuments(where));
	}

	/**
	 * How many dead letters match a filter and were stored by a time.
	 * @param filter which dead letters
	 * @param storedBy the latest time they were stored, or {@code null} for any
	 * @return the count
	 */
	public long count(DeadLetterFilter filter, Instant storedBy) {
		return this.deadLetters.countDocuments(DeadLetterQueries.where(filter, storedBy));
	}

	/**
	 * Every topic dead letters came from or went to, for the filter's choices.
	 * @return the topics, sorted
	 */
	public List<String> topics() {
		Set<String> topics = new TreeSet<>();
		this.deadLetters.distinct(DLT_TOPIC, String.class).forEach(topics::add);
		this.deadLetters.distinct(ORIGINAL_TOPIC, String.class).forEach(topics::add);
		return new ArrayList<>(topics);
	}

	/**
	 * Every consumer group that gave up on a record, for the filter's choices.
	 * @return the groups, sorted
	 */
	public List<String> consumerGroups() {
		Set<String> groups = new TreeSet<>();
		this.deadLetters.distinct(CONSUMER_GROUP, String.class).forEach((g) -> {
			if (g != null) {
				groups.add(g);
			}
		});
		return new ArrayList<>(groups);
	}

	// In id order, so a replay of all can go on after the last id it took.
	List<String> idsAfter(DeadLetterFilter filter, Instant storedBy, String afterId, int limit) {
		Bson where = DeadLetterQueries.where(filter, storedBy);
		Bson after = (afterId != null) ? Filters.and(where, Filters.gt("_id", afterId)) : where;
		List<String> ids = new ArrayList<>();
		this.deadLetters.find(after)
			.projection(new Document("_id", 1))
			.sort(Sorts.ascending("_id"))
			.limit(limit)
			.forEach((d) -> ids.add(d.getString("_id")));
		return ids;
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
				d.getString(CONSUMER_GROUP), (key != null) ? new String(key.getData(), StandardCharsets.UTF_8) : null,
				d.getString("reason"), d.getString("exceptionClass"), d.getString(SERVICE), d.getString("failureKind"),
				d.getDate(FAILED_AT).toInstant(), headers, preview.content(), preview.text(), preview.truncated(),
				preview.size(), d.getString("replayTopic") != null, d.getInteger("replayCount", 0),
				d.getString("lastReplayStatus"));
	}

}
