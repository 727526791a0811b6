package org.newsroom.pipeline.console.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;

import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;

/**
 * A dead-letter filter as a query of the {@code dead_letters} collection.
 */
final class DeadLetterQueries {

	private DeadLetterQueries() {
	}

	static Bson where(DeadLetterFilter filter, Instant storedBy) {
		List<Bson> parts = new ArrayList<>();
		if (filter.topic() != null) {
			parts.add(Filters.or(Filters.eq(DeadLetterStore.DLT_TOPIC, filter.topic()),
					Filters.eq(DeadLetterStore.ORIGINAL_TOPIC, filter.topic())));
		}
		if (filter.consumerGroup() != null) {
			parts.add(Filters.eq(DeadLetterStore.CONSUMER_GROUP, filter.consumerGroup()));
		}
		if (filter.reason() != null) {
			parts.add(
					Filters.regex("reason", Pattern.compile(Pattern.quote(filter.reason()), Pattern.CASE_INSENSITIVE)));
		}
		if (filter.key() != null) {
			// keys are stored as the record's bytes
			parts.add(Filters.eq("key", new Binary(filter.key().getBytes(StandardCharsets.UTF_8))));
		}
		if (filter.from() != null) {
			parts.add(Filters.gte(DeadLetterStore.FAILED_AT, Date.from(filter.from())));
		}
		if (filter.to() != null) {
			parts.add(Filters.lt(DeadLetterStore.FAILED_AT, Date.from(filter.to())));
		}
		if (storedBy != null) {
			parts.add(Filters.lte(DeadLetterStore.RECEIVED_AT, Date.from(storedBy)));
		}
		return parts.isEmpty() ? new Document() : Filters.and(parts);
	}

}
