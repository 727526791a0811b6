package org.newsroom.pipeline.support.kafka;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;

import org.newsroom.pipeline.contract.events.StageEvent;
import org.newsroom.pipeline.contract.lineage.LineageOutcome;
import org.newsroom.pipeline.support.lineage.LineageStep;
import org.newsroom.pipeline.support.mongo.GuardedWrites;
import org.newsroom.pipeline.support.stage.Decision;
import org.newsroom.pipeline.support.stage.Emission;
import org.newsroom.pipeline.support.stage.Received;
import org.newsroom.pipeline.support.stage.Stage;

/**
 * The smallest stage: it stores each event once in {@code seen} and announces it on the
 * published topic; repeats change nothing.
 */
class RecordingStage implements Stage<StageEvent, StageEvent, RecordingStage.Seen> {

	private final RoundTripApplication.RecordingListener attempts;

	private final MongoCollection<Document> seen;

	private final String published;

	RecordingStage(RoundTripApplication.RecordingListener attempts, MongoCollection<Document> seen, String published) {
		this.attempts = attempts;
		this.seen = seen;
		this.published = published;
	}

	@Override
	public String name() {
		return "support-test";
	}

	@Override
	public StageEvent read(ConsumerRecord<String, StageEvent> record) {
		this.attempts.received(record.value());
		return record.value();
	}

	@Override
	public String itemId(StageEvent input) {
		return input.contentId();
	}

	@Override
	public Map<String, Seen> load(Collection<String> itemIds) {
		Map<String, Seen> found = new HashMap<>();
		this.seen.find(Filters.in("_id", itemIds))
			.forEach((doc) -> found.put(doc.getString("_id"), new Seen(doc.getString("_id"), null,
					doc.getString("writtenAt"), doc.get(GuardedWrites.WRITES, Number.class).longValue())));
		return found;
	}

	@Override
	public Decision<Seen> decide(Received<StageEvent> input, Seen current) {
		StageEvent event = input.value();
		LineageStep step = LineageStep.of(event.contentId(), event.revision(), name(), LineageOutcome.ACCEPTED);
		if (current != null) {
			return input.wrote(current.writtenAt()) ? Decision.announceAgain(current, step)
					: Decision.skip(current, step.withDetail("seen before"));
		}
		int attempt = this.attempts.count(event);
		return Decision.store(new Seen(event.contentId(), event, input.position(), 0),
				step.withDetail("attempt " + attempt));
	}

	@Override
	public Collection<String> write(List<Change<Seen>> changes) {
		return GuardedWrites.apply(this.seen,
				changes.stream()
					.map((change) -> new GuardedWrites.Write(change.after().id(),
							(change.before() != null) ? change.before().writes() : 0,
							Updates.combine(Updates.set("writtenAt", change.after().writtenAt()),
									Updates.set("attempts", this.attempts.attempts(change.after().id())))))
					.toList());
	}

	@Override
	public List<Emission> emissions(Seen state) {
		// an item named so announces more than the broker takes in one record
		Object payload = state.id().startsWith("toolarge-") ? Map.of("blob", "x".repeat(9 << 20)) : state.event();
		return List.of(new Emission(this.published, state.id(), state.id() + ":announced", "org.newsroom.test",
				Instant.now(), payload));
	}

	/**
	 * What the stage stored of one event.
	 *
	 * @param id the content id
	 * @param event the event, {@code null} when loaded
	 * @param writtenAt the position of the record that stored it
	 * @param writes the document's write count
	 */
	record Seen(String id, StageEvent event, String writtenAt, long writes) {
	}

}
