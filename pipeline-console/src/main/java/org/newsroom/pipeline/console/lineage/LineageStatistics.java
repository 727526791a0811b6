package org.newsroom.pipeline.console.lineage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
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

import org.newsroom.pipeline.contract.lineage.LineageEvent;
import org.newsroom.pipeline.contract.lineage.LineageOutcome;
import org.springframework.stereotype.Component;

/**
 * Counts, rates and samples over the stored lineage, for the overview.
 */
@Component
public class LineageStatistics {

	private final LineageStore store;

	private final MongoCollection<Document> lineage;

	LineageStatistics(LineageStore store) {
		this.store = store;
		this.lineage = store.collection();
	}

	/**
	 * How many events each value of a field had, by outcome, such as per service.
	 * @param field {@code service} or {@code stage}
	 * @param exceptStages stages left out, such as the delivery channels
	 * @return field value to outcome to count, sorted by field value
	 */
	public Map<String, Map<LineageOutcome, Long>> countsByOutcome(String field, Collection<String> exceptStages) {
		Map<String, Map<LineageOutcome, Long>> counts = new TreeMap<>();
		Document groupKey = new Document("key", "$" + field).append("outcome", "$" + LineageDocuments.OUTCOME);
		this.lineage.aggregate(List.of(Aggregates.match(Filters.nin(LineageDocuments.STAGE, exceptStages)),
				Aggregates.group(groupKey, Accumulators.sum("n", 1))))
			.forEach((row) -> {
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
	 * @param exceptStages stages left out, such as the delivery channels
	 * @param since the start of the window
	 * @return the count
	 */
	public long countSince(String service, Collection<String> exceptStages, Instant since) {
		return this.lineage.countDocuments(Filters.and(Filters.eq(LineageDocuments.SERVICE, service),
				Filters.nin(LineageDocuments.STAGE, exceptStages),
				Filters.gte(LineageDocuments.AT, LineageDocuments.date(since))));
	}

	/**
	 * Processing times of a service's latest events that measured one.
	 * @param service the service
	 * @param exceptStages stages left out, such as delivery channels, whose time is a
	 * delivery's, not processing
	 * @param limit how many of the latest events to sample
	 * @return durations in microseconds
	 */
	public List<Long> latestDurations(String service, Collection<String> exceptStages, int limit) {
		List<Long> durations = new ArrayList<>();
		latest(Filters.and(Filters.eq(LineageDocuments.SERVICE, service),
				Filters.nin(LineageDocuments.STAGE, exceptStages), Filters.gt(LineageDocuments.DURATION, 0)), limit)
			.forEach((d) -> durations.add(((Number) d.get(LineageDocuments.DURATION)).longValue()));
		return durations;
	}

	/**
	 * A stage's latest events with some outcomes, newest first.
	 * @param stage the stage
	 * @param outcomes the outcomes
	 * @param limit the most events to return
	 * @return the events
	 */
	public List<LineageEvent> latest(String stage, Collection<LineageOutcome> outcomes, int limit) {
		return this.store.find(
				Filters.and(Filters.eq(LineageDocuments.STAGE, stage),
						Filters.in(LineageDocuments.OUTCOME, outcomes.stream().map(Enum::name).toList())),
				Sorts.descending(LineageDocuments.AT), limit);
	}

	/**
	 * The events of one stage and outcome about some items, such as ingest's acceptances
	 * of the items a sample of publications is about.
	 * @param contentIds the items
	 * @param stage the stage
	 * @param outcome the outcome
	 * @return the events, in no particular order
	 */
	public List<LineageEvent> of(Collection<String> contentIds, String stage, LineageOutcome outcome) {
		return this.store.find(Filters.and(Filters.in(LineageDocuments.CONTENT_ID, contentIds),
				Filters.eq(LineageDocuments.STAGE, stage), Filters.eq(LineageDocuments.OUTCOME, outcome.name())),
				Sorts.ascending(LineageDocuments.AT), 0);
	}

	private Iterable<Document> latest(Bson filter, int limit) {
		return this.lineage.find(filter)
			.projection(Projections.include(LineageDocuments.AT, LineageDocuments.CMS_TIME, LineageDocuments.DURATION))
			.sort(Sorts.descending(LineageDocuments.AT))
			.limit(limit);
	}

}
