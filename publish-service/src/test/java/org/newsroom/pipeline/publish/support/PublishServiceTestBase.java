package org.newsroom.pipeline.publish.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.newsroom.pipeline.contract.EventTypes;
import org.newsroom.pipeline.contract.events.ContentEnriched;
import org.newsroom.pipeline.contract.events.StageEvent;
import org.newsroom.pipeline.contract.json.ContractJson;
import org.newsroom.pipeline.contract.lineage.LineageEvent;
import org.newsroom.pipeline.support.config.PipelineProperties;
import org.newsroom.pipeline.support.test.KafkaTestClient;
import org.newsroom.pipeline.support.test.PipelineIntegrationTest;
import org.newsroom.pipeline.support.test.webhook.WebhookReceiver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The one publish-service context the integration tests share: the embedded broker and
 * store, the loopback allowed as a webhook target, a short retry schedule; with helpers
 * to send events, call the HTTP API and read topics.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "publish.webhooks.allowed-hosts=127.0.0.1",
				"publish.webhooks.retry-schedule=0s,300ms,300ms,300ms,300ms", "publish.webhooks.jitter=0",
				"publish.webhooks.poll-interval=100ms", "publish.webhooks.secret-overlap=1h" })
@PipelineIntegrationTest
public abstract class PublishServiceTestBase {

	protected static final String OPERATOR = "operator:operator";

	protected static final String VIEWER = "viewer:viewer";

	protected static final Duration WAIT = Duration.ofSeconds(30);

	@LocalServerPort
	protected int port;

	@Autowired
	protected PipelineProperties pipeline;

	protected KafkaTestClient kafka;

	private final HttpClient http = HttpClient.newHttpClient();

	protected void send(StageEvent event) {
		sendTogether(event);
	}

	/** Sends events as enrich does, in one batch, so publish reads them in one poll. */
	protected void sendTogether(StageEvent... events) {
		this.kafka.sendTogether(Arrays.stream(events).map(this::record).toList());
	}

	private ProducerRecord<String, byte[]> record(StageEvent event) {
		String type = (event instanceof ContentEnriched) ? EventTypes.ENRICHED : EventTypes.WITHDRAWN;
		Map<String, byte[]> headers = Map.of("ce_id", bytes(event.contentId() + ":" + event.revision() + ":enriched"),
				"ce_source", bytes("urn:newsroom:pipeline:enrich"), "ce_type", bytes(type), "ce_specversion",
				bytes("1.0"), "ce_time", bytes(Instant.now().toString()), "content-type", bytes("application/json"));
		return KafkaTestClient.record(this.pipeline.topics().enriched(), event.contentId(), headers,
				ContractJson.mapper().writerFor(StageEvent.class).writeValueAsBytes(event));
	}

	protected HttpResponse<String> get(String path, String credentials, String... headers) throws Exception {
		HttpRequest.Builder request = request(path, credentials).GET();
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	protected HttpResponse<String> post(String path, String credentials, String json) throws Exception {
		HttpRequest request = request(path, credentials).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString((json != null) ? json : ""))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	protected static JsonNode json(HttpResponse<String> response) {
		return ContractJson.mapper().readTree(response.body());
	}

	/** Subscribes a receiver; returns the creation answer with the secret. */
	protected JsonNode subscribe(WebhookReceiver receiver, String section, String... types) throws Exception {
		String sectionJson = (section != null) ? ", \"section\": \"" + section + "\"" : "";
		String body = "{\"url\": \"" + receiver.url() + "\", \"eventTypes\": "
				+ ContractJson.mapper().writeValueAsString(List.of(types)) + sectionJson + "}";
		HttpResponse<String> response = post("/api/v1/subscriptions", OPERATOR, body);
		if (response.statusCode() != 201) {
			throw new AssertionError("subscription refused: " + response.body());
		}
		return json(response);
	}

	protected List<LineageEvent> lineageUntil(Predicate<List<LineageEvent>> condition) {
		return this.kafka.lineageUntil(this.pipeline.topics().lineage(), condition, WAIT);
	}

	private HttpRequest.Builder request(String path, String credentials) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (credentials != null) {
			builder.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return builder;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
