package org.newsroom.pipeline.console.lineage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;

import org.newsroom.pipeline.contract.lineage.LineageOutcome;
import org.springframework.stereotype.Component;

/**
 * Counts, rates and samples over the stored lineage, for the overview.
 */
@Component
public class LineageStatistics {

	private final MongoCollection<Document> lineage;

	LineageStatistics(LineageStore store) {
		this.lineage = store.collection();
	}

	/**
	 * How many events each value of a field had, by outcome, such as per service.
	 * @param field {@code service} or {@code stage}
	 * @return field value to outcome to count, sorted by field value
	 */
	public Map<String, Map<LineageOutcome, Long>> countsByOutcome(String field) {
		Map<String, Map<LineageOutcome, Long>> counts = new TreeMap<>();
		Document groupKey = new Document("key", "$" + field).append("outcome", "$" + LineageDocuments.OUTCOME);
		this.lineage.aggregate(List.of(Aggregates.group(groupKey, Accumulators.sum("n", 1)))).forEach((row) -> {
			Document id = row.get("_id", Document.class);
			String key = id.getString("key");
			String outcome = id.getString("outcome");
			if (key != null && outcome != null) {
				counts.computeIfAbsent(key, (k) -> new EnumMap<>(LineageOutcome.class))
					.merge(LineageOutcome.valueOf(outcome), ((Number) row.get("n")).longValue(), Long::sum);
			}
		});
		return counts;
	}

	/**
	 * How many events one service recorded since a time.
	 * @param service the service
	 * @param since the start of the window
	 * @return the count
	 */
	public long countSince(String service, Instant since) {
		return this.lineage.countDocuments(Filters.and(Filters.eq(LineageDocuments.SERVICE, service),
				Filters.gte(LineageDocuments.AT, LineageDocuments.date(since))));
	}

	/**
	 * Processing times of a service's latest events.
	 * @param service the service
	 * @param limit how many of the latest events to sample
	 * @return durations in microseconds
	 */
	public List<Long> latestDurations(String service, int limit) {
		List<Long> durations = new ArrayList<>();
		latest(Filters.eq(LineageDocuments.SERVICE, service), limit)
			.forEach((d) -> durations.add(((Number) d.get(LineageDocuments.DURATION, 0L)).longValue()));
		return durations;
	}

	/**
	 * End-to-end latencies, from the CMS event to publication, of the latest items that
	 * went live.
	 * @param service the publishing service
	 * @param limit how many of the latest publications to sample
	 * @return latencies in milliseconds
	 */
	public List<Long> latestEndToEndMillis(String service, int limit) {
		Bson live = Filters.and(Filters.eq(LineageDocuments.SERVICE, service),
				Filters.in(LineageDocuments.OUTCOME, LineageOutcome.PUBLISHED.name(), LineageOutcome.UPDATED.name()),
				Filters.ne(LineageDocuments.CMS_TIME, null));
		List<Long> latencies = new ArrayList<>();
		latest(live, limit).forEach((d) -> latencies
			.add(d.getDate(LineageDocuments.AT).getTime() - d.getDate(LineageDocuments.CMS_TIME).getTime()));
		return latencies;
	}

	private Iterable<Document> latest(Bson filter, int limit) {
		return this.lineage.find(filter)
			.projection(Projections.include(LineageDocuments.AT, LineageDocuments.CMS_TIME, LineageDocuments.DURATION))
			.sort(Sorts.descending(LineageDocuments.AT))
			.limit(limit);
	}

}
