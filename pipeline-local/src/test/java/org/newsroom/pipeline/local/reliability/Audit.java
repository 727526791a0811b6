package org.newsroom.pipeline.local.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.mongodb.MongoClientSettings;
import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.newsroom.pipeline.contract.Topics;
import org.newsroom.pipeline.contract.json.ContractJson;
import org.newsroom.pipeline.local.e2e.Ninjs;

/**
 * Counts what the stack did with one scenario's records: ingest's store, the outbound
 * topic, the dead-letter topics, the subscribers and the content API.
 */
final class Audit implements AutoCloseable {

	/** The header in which every service names why it dead-lettered a record. */
	static final String DEAD_LETTER_REASON = "pipeline_dlt_reason";

	private final Broker broker;

	private final MongoClient mongo;

	private final URI publish;

	private final List<Subscriber> subscribers;

	Audit(Broker broker, String mongoUri, URI publish, List<Subscriber> subscribers) {
		this.broker = broker;
		this.mongo = MongoClients.create(MongoClientSettings.builder()
			.applyConnectionString(new ConnectionString(mongoUri))
			.applyToClusterSettings((cluster) -> cluster.serverSelectionTimeout(10, TimeUnit.SECONDS))
			.build());
		this.publish = publish;
		this.subscribers = subscribers;
	}

	/**
	 * Counts a scenario's outcome.
	 * @param prefix content id prefix of the scenario
	 * @param newest newest revision of every valid item
	 * @param refused ids that must end on a dead-letter topic
	 * @param checkApi whether to ask the content API for every item (slow; for the final
	 * count)
	 */
	Tally count(String prefix, Map<String, Long> newest, Set<String> refused, boolean checkApi) {
		return count(prefix, newest, refused, checkApi, Set.of());
	}

	/**
	 * Counts a scenario's outcome after publish died while it was sending webhooks.
	 * @param inFlight webhook ids whose HTTP request was under way when publish died: the
	 * subscriber may have acknowledged one before publish could record it, so it may be
	 * acknowledged once more when it is sent again; every other id only once
	 */
	Tally count(String prefix, Map<String, Long> newest, Set<String> refused, boolean checkApi, Set<String> inFlight) {
		Map<String, Long> outbound = this.broker.readAll(Topics.CONTENT_PUBLISHED)
			.stream()
			.filter((record) -> ours(record.key(), prefix))
			.collect(Collectors.groupingBy((record) -> Broker.header(record, "ce_id"), Collectors.counting()));
		Set<String> deadLettered = this.broker.readDeadLetters()
			.stream()
			.filter((record) -> ours(record.key(), prefix))
			.filter((record) -> !String.valueOf(Broker.header(record, DEAD_LETTER_REASON)).isBlank())
			.map(ConsumerRecord::key)
			.collect(Collectors.toSet());
		List<Map<String, Integer>> acks = this.subscribers.stream().map(Subscriber::successesById).toList();
		List<String> examples = new ArrayList<>();
		int published = 0;
		int lost = 0;
		for (Map.Entry<String, Long> item : newest.entrySet()) {
			String revisionPrefix = item.getKey() + ":" + item.getValue() + ":";
			boolean onTopic = outbound.containsKey(revisionPrefix + "published");
			published += onTopic ? 1 : 0;
			boolean everywhere = onTopic && acks.stream().allMatch((ack) -> acked(ack, revisionPrefix))
					&& (!checkApi || apiRevision(item.getKey()) == item.getValue());
			if (!everywhere) {
				lost++;
				example(examples, "lost " + item.getKey());
			}
		}
		for (String id : refused) {
			if (!deadLettered.contains(id)) {
				lost++;
				example(examples, "not dead-lettered " + id);
			}
		}
		int duplicated = extraCopies(outbound, prefix, examples);
		for (Map<String, Integer> ack : acks) {
			Map<String, Integer> counted = new HashMap<>(ack);
			inFlight.forEach((id) -> counted.computeIfPresent(id, (key, n) -> Math.max(1, n - 1)));
			duplicated += extraCopies(counted, prefix, examples);
		}
		return new Tally(stored(prefix, newest), published, deadLettered.size(), lost, duplicated, examples);
	}

	/** The webhook ids publish had claimed and was sending, as its outbox holds them. */
	Set<String> deliveriesInFlight(String prefix) {
		Set<String> ids = new java.util.HashSet<>();
		this.mongo.getDatabase("publish")
			.getCollection("webhook_outbox")
			.find(Filters.and(Filters.eq("status", "in_flight"),
					Filters.regex("contentId", "^" + Pattern.quote(prefix + "-"))))
			.forEach((entry) -> ids.add(entry.getString("deliveryId")));
		return ids;
	}

	/** Items of the scenario in ingest's store at their newest revision. */
	int stored(String prefix, Map<String, Long> newest) {
		int stored = 0;
		for (Document item : this.mongo.getDatabase("ingest")
			.getCollection("items")
			.find(Filters.regex("_id", "^" + Pattern.quote(prefix + "-")))) {
			Long revision = newest.get(item.getString("_id"));
			stored += (revision != null && ((Number) item.get("revision")).longValue() == revision) ? 1 : 0;
		}
		return stored;
	}

	/** The revision the content API serves, or -1 if it does not serve the item. */
	long apiRevision(String contentId) {
		try {
			var response = ServiceProbe.get(this.publish.resolve("/api/v1/content/" + contentId));
			return (response.statusCode() != 200) ? -1 : Ninjs.version(ContractJson.mapper().readTree(response.body()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The status the content API answers an operator with for the item. */
	int apiStatus(String contentId) {
		try {
			return ServiceProbe.get(this.publish.resolve("/api/v1/content/" + contentId)).statusCode();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Whether the content API serves the item to the audience, without credentials. */
	boolean servedToAudience(String contentId) {
		try {
			return ServiceProbe.getAnonymously(this.publish.resolve("/api/v1/content/" + contentId))
				.statusCode() == 200;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.mongo.close();
	}

	private static boolean acked(Map<String, Integer> ack, String revisionPrefix) {
		return ack.keySet().stream().anyMatch((id) -> id.startsWith(revisionPrefix));
	}

	private static int extraCopies(Map<String, ? extends Number> counts, String prefix, List<String> examples) {
		int extra = 0;
		for (Map.Entry<String, ? extends Number> entry : counts.entrySet()) {
			if (ours(entry.getKey(), prefix) && entry.getValue().longValue() > 1) {
				extra += (int) (entry.getValue().longValue() - 1);
				example(examples, "duplicated " + entry.getKey());
			}
		}
		return extra;
	}

	private static boolean ours(String key, String prefix) {
		return key != null && key.startsWith(prefix + "-");
	}

	private static void example(List<String> examples, String text) {
		if (examples.size() < 10) {
			examples.add(text);
		}
	}

	static Map<String, Long> firstRevisions(List<Outgoing> records) {
		Map<String, Long> newest = new HashMap<>();
		records.forEach((record) -> newest.put(record.key(), 1L));
		return newest;
	}

}
