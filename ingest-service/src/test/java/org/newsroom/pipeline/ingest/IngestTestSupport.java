package org.newsroom.pipeline.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import tools.jackson.databind.JsonNode;

import org.newsroom.pipeline.contract.json.ContractJson;
import org.newsroom.pipeline.contract.lineage.LineageEvent;
import org.newsroom.pipeline.support.config.PipelineProperties;
import org.newsroom.pipeline.support.test.KafkaTestClient;
import org.newsroom.pipeline.support.test.PipelineIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

/**
 * What every ingest integration test shares: one application context against the embedded
 * broker and store, a Kafka client, an HTTP client of the ingress, and readers of the
 * store and the topics.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@PipelineIntegrationTest
abstract class IngestTestSupport {

	@Autowired
	PipelineProperties properties;

	@Autowired
	MongoDatabase database;

	@Autowired
	Environment environment;

	@LocalServerPort
	int port;

	KafkaTestClient kafka;

	private final HttpClient http = HttpClient.newHttpClient();

	void sendCms(String key, String type, String eventId, String json) {
		sendCms("cms://test", key, type, eventId, json);
	}

	void sendCms(String source, String key, String type, String eventId, String json) {
		Map<String, byte[]> headers = binaryHeaders(type, eventId);
		headers.put("ce_source", bytes(source));
		this.kafka.send(this.properties.topics().cmsContent(), key, headers, bytes(json));
	}

	static Map<String, byte[]> binaryHeaders(String type, String eventId) {
		Map<String, byte[]> headers = new LinkedHashMap<>();
		headers.put("ce_specversion", bytes("1.0"));
		headers.put("ce_id", bytes(eventId));
		headers.put("ce_source", bytes("cms://test"));
		headers.put("ce_type", bytes(type));
		headers.put("ce_time", bytes("2024-11-24T12:00:00Z"));
		headers.put("content-type", bytes("application/json"));
		return headers;
	}

	/**
	 * Posts an event in structured mode to the HTTP ingress.
	 * @param token the bearer token, or {@code null} for none
	 */
	HttpResponse<String> post(String token, String body) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(ingress())
			.header("Content-Type", "application/cloudevents+json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	URI ingress() {
		return URI.create("http://localhost:" + this.port + "/api/v1/events");
	}

	/** A CloudEvent in structured mode. */
	static String structured(String source, String contentId, String eventId, String type, String data) {
		return "{\"specversion\":\"1.0\",\"id\":\"" + eventId + "\",\"source\":\"" + source + "\",\"type\":\"" + type
				+ "\",\"subject\":\"" + contentId + "\",\"datacontenttype\":\"application/json\",\"data\":" + data
				+ "}";
	}

	static String withdrawal(String contentId, long revision) {
		return "{\"contentId\":\"" + contentId + "\",\"kind\":\"article\",\"revision\":" + revision
				+ ",\"reason\":\"legal\"}";
	}

	static String article(String contentId, long revision, String headline) {
		return "{\"contentId\":\"" + contentId + "\",\"kind\":\"article\",\"revision\":" + revision + ",\"headline\":\""
				+ headline + "\",\"body\":\"<p>Text</p>\",\"section\":\"test\"}";
	}

	Document stored(String contentId) {
		return this.database.getCollection("items").find(Filters.eq("_id", contentId)).first();
	}

	List<ConsumerRecord<String, byte[]>> ingestedUntil(Predicate<List<ConsumerRecord<String, byte[]>>> condition) {
		return this.kafka.readUntil(this.properties.topics().ingested(), condition, Duration.ofSeconds(60));
	}

	List<ConsumerRecord<String, byte[]>> ingestedFor(String contentIdPrefix) {
		return this.kafka.readAll(this.properties.topics().ingested())
			.stream()
			.filter((r) -> r.key().startsWith(contentIdPrefix))
			.toList();
	}

	/** The lineage ingest recorded for one item, in order. */
	List<JsonNode> lineage(String contentId) {
		return this.kafka.readAll(this.properties.topics().lineage())
			.stream()
			.filter((r) -> contentId.equals(r.key()))
			.map((r) -> ContractJson.mapper().readTree(r.value()))
			.filter((event) -> "ingest".equals(event.path("stage").asString()))
			.toList();
	}

	/** Reads ingest's lineage until the steps it recorded so far satisfy a condition. */
	List<LineageEvent> lineageUntil(Predicate<List<LineageEvent>> condition) {
		Predicate<LineageEvent> ingest = (event) -> "ingest".equals(event.stage());
		return this.kafka
			.lineageUntil(this.properties.topics().lineage(),
					(steps) -> condition.test(steps.stream().filter(ingest).toList()), Duration.ofSeconds(60))
			.stream()
			.filter(ingest)
			.toList();
	}

	/** The lineage outcomes ingest recorded for one item, in order. */
	List<String> lineageOutcomes(String contentId) {
		return lineage(contentId).stream().map((event) -> event.path("outcome").asString()).toList();
	}

	static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
