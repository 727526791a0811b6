package org.newsroom.pipeline.ingest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.contract.EventTypes;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.newsroom.pipeline.support.test.KafkaTestClient.header;

class HttpIngressTests extends IngestTestSupport {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void acceptsAStructuredEventWith202OnceItIsOnTheTopic() throws Exception {
		HttpResponse<String> response = post("local-cms-token", "application/cloudevents+json",
				structured("http-1", "evt-http-1", article("http-1", 1, "Over HTTP")));
		assertThat(response.statusCode()).isEqualTo(202);
		assertThat(response.body()).contains("\"status\":\"accepted\"").contains("\"contentId\":\"http-1\"");
		List<ConsumerRecord<String, byte[]>> records = this.kafka.readUntil(this.properties.topics().cmsContent(),
				(all) -> all.stream().anyMatch((r) -> "http-1".equals(r.key())), Duration.ofSeconds(30));
		ConsumerRecord<String, byte[]> record = records.stream()
			.filter((r) -> "http-1".equals(r.key()))
			.findFirst()
			.orElseThrow();
		assertThat(header(record, "ce_id")).isEqualTo("evt-http-1");
		assertThat(header(record, "ce_type")).isEqualTo(EventTypes.PUBLISHED);
		await().atMost(Duration.ofSeconds(30)).until(() -> stored("http-1") != null);
	}

	@Test
	void refusesAWithdrawalOfAnOlderRevisionWith409AndTheReason() throws Exception {
		sendCms("http-kill-1", EventTypes.UPDATED, "evt-http-kill-1-r2", article("http-kill-1", 2, "Second"));
		await().atMost(Duration.ofSeconds(30)).until(() -> stored("http-kill-1") != null);
		HttpResponse<String> response = post("local-cms-token", "application/cloudevents+json",
				structured("http-kill-1", "evt-http-kill-1-w1", EventTypes.WITHDRAWN,
						"{\"contentId\":\"http-kill-1\",\"kind\":\"article\",\"revision\":1,\"reason\":\"legal\"}"));
		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(response.body()).contains("\"status\":\"refused\"")
			.contains("a withdrawal of revision 1 cannot take effect: revision 2 of http-kill-1 is stored");
		HttpResponse<String> current = post("local-cms-token", "application/cloudevents+json",
				structured("http-kill-1", "evt-http-kill-1-w2", EventTypes.WITHDRAWN,
						"{\"contentId\":\"http-kill-1\",\"kind\":\"article\",\"revision\":2,\"reason\":\"legal\"}"));
		assertThat(current.statusCode()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(30)).until(() -> stored("http-kill-1").getBoolean("withdrawn"));
	}

	@Test
	void acceptsABinaryModeEvent() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(uri())
			.header("Authorization", "Bearer local-cms-token")
			.header("Content-Type", "application/json")
			.header("ce-specversion", "1.0")
			.header("ce-id", "evt-http-2")
			.header("ce-source", "cms://http")
			.header("ce-type", EventTypes.PUBLISHED)
			.POST(HttpRequest.BodyPublishers.ofString(article("http-2", 1, "Binary")))
			.build();
		assertThat(this.http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(30)).until(() -> stored("http-2") != null);
	}

	@Test
	void answersAnInvalidEventWith400AndEveryViolation() throws Exception {
		HttpResponse<String> response = post("local-cms-token", "application/cloudevents+json",
				structured("x", "evt-http-3", "{\"kind\":\"article\",\"revision\":\"one\",\"headline\":\"\"}"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("$.contentId").contains("$.revision").contains("$.headline");
	}

	@Test
	void answersAMissingOrWrongTokenWith401() throws Exception {
		String event = structured("http-4", "evt-http-4", article("http-4", 1, "No token"));
		assertThat(post(null, "application/cloudevents+json", event).statusCode()).isEqualTo(401);
		assertThat(post("wrong-token", "application/cloudevents+json", event).statusCode()).isEqualTo(401);
	}

	@Test
	void answersAnOversizedRequestWith413() throws Exception {
		String body = structured("http-5", "evt-http-5", article("http-5", 1, "x".repeat(3 * 1024 * 1024)));
		assertThat(post("local-cms-token", "application/cloudevents+json", body).statusCode()).isEqualTo(413);
	}

	private HttpResponse<String> post(String token, String contentType, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri())
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri() {
		return URI.create("http://localhost:" + this.port + "/api/v1/events");
	}

	private static String structured(String contentId, String eventId, String data) {
		return structured(contentId, eventId, EventTypes.PUBLISHED, data);
	}

	private static String structured(String contentId, String eventId, String type, String data) {
		return "{\"specversion\":\"1.0\",\"id\":\"" + eventId + "\",\"source\":\"cms://http\",\"type\":\"" + type
				+ "\",\"subject\":\"" + contentId + "\",\"datacontenttype\":\"application/json\",\"data\":" + data
				+ "}";
	}

}
