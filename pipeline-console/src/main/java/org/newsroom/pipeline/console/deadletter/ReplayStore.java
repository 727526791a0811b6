package org.newsroom.pipeline.console.deadletter;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;

import org.springframework.stereotype.Component;

/**
 * The {@code replays} collection: every replay an operator asked for.
 */
@Component
class ReplayStore {

	private final MongoCollection<Document> replays;

	private final DeadLetterProperties properties;

	ReplayStore(MongoDatabase database, DeadLetterProperties properties) {
		this.replays = database.getCollection("replays");
		this.properties = properties;
		this.replays.createIndex(Indexes.descending("requestedAt"));
		this.replays.createIndex(Indexes.ascending("deadLetterId"));
	}

	void save(Replay replay) {
		this.replays.insertOne(new Document("_id", replay.id()).append("deadLetterId", replay.deadLetterId())
			.append("topic", replay.topic())
			.append("contentId", replay.contentId())
			.append("requestedBy", replay.requestedBy())
			.append("requestedAt", Date.from(replay.requestedAt()))
			.append("status", replay.status().name())
			.append("error", replay.error()));
	}

	/**
	 * The latest replays, newest first.
	 * @return the replays
	 */
	public List<Replay> latest() {
		List<Replay> result = new ArrayList<>();
		this.replays.find()
			.sort(Sorts.descending("requestedAt"))
			.limit(this.properties.listLimit())
			.forEach((d) -> result.add(new Replay(d.getString("_id"), d.getString("deadLetterId"), d.getString("topic"),
					d.getString("contentId"), d.getString("requestedBy"), d.getDate("requestedAt").toInstant(),
					Replay.ReplayStatus.valueOf(d.getString("status")), d.getString("error"))));
		return result;
	}

}
