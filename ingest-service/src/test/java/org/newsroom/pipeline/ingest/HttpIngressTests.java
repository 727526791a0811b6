package org.newsroom.pipeline.ingest;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.contract.EventTypes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.newsroom.pipeline.support.test.KafkaTestClient.header;

class HttpIngressTests extends IngestTestSupport {

	/** A source the shipped local token may send, as the README's example does. */
	private static final String LOCAL_SOURCE = "cms://newsroom/local";

	private static final Pattern README_CURL = Pattern.compile(
			"curl -i -X POST http://localhost:8081/api/v1/events \\\\\\n\\s*-H 'Authorization: Bearer ([^']+)'.*?-d '([^']+)'",
			Pattern.DOTALL);

	@Test
	void acceptsAStructuredEventWith202OnceItIsOnTheTopic() throws Exception {
		HttpResponse<String> response = post("local-cms-token",
				structured("my-http-1", "evt-http-1", article("my-http-1", 1, "Over HTTP")));
		assertThat(response.statusCode()).isEqualTo(202);
		assertThat(response.body()).contains("\"status\":\"accepted\"").contains("\"contentId\":\"my-http-1\"");
		List<ConsumerRecord<String, byte[]>> records = this.kafka.readUntil(this.properties.topics().cmsContent(),
				(all) -> all.stream().anyMatch((r) -> "my-http-1".equals(r.key())), Duration.ofSeconds(30));
		ConsumerRecord<String, byte[]> record = records.stream()
			.filter((r) -> "my-http-1".equals(r.key()))
			.findFirst()
			.orElseThrow();
		assertThat(header(record, "ce_id")).isEqualTo("evt-http-1");
		assertThat(header(record, "ce_type")).isEqualTo(EventTypes.PUBLISHED);
		await().atMost(Duration.ofSeconds(30)).until(() -> stored("my-http-1") != null);
	}

	@Test
	void acceptsTheReadmeExampleAsWritten() throws Exception {
		Matcher curl = README_CURL.matcher(Files.readString(Path.of("..", "README.md")));
		assertThat(curl.find()).as("the README's curl to the HTTP ingress").isTrue();
		assertThat(post(curl.group(1), curl.group(2)).statusCode()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(30)).until(() -> stored("my-other-id") != null);
	}

	@Test
	void letsTheLocalDemoTokenWriteAnySourceAndAnyId() throws Exception {
		HttpResponse<String> response = post("local-cms-token", structured("cms://wire", "wire-http-6", "evt-http-6",
				EventTypes.PUBLISHED, article("wire-http-6", 1, "Any CMS may try the local stack")));
		assertThat(response.statusCode()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(30)).until(() -> stored("wire-http-6") != null);
	}

	@Test
	void refusesAWithdrawalOfAnOlderRevisionWith409AndTheReason() throws Exception {
		sendCms("my-http-kill-1", EventTypes.UPDATED, "evt-my-http-kill-1-r2", article("my-http-kill-1", 2, "Second"));
		await().atMost(Duration.ofSeconds(30)).until(() -> stored("my-http-kill-1") != null);
		HttpResponse<String> response = post("local-cms-token", structured("my-http-kill-1", "evt-my-http-kill-1-w1",
				EventTypes.WITHDRAWN, withdrawal("my-http-kill-1", 1)));
		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(response.body()).contains("\"status\":\"refused\"")
			.contains("a withdrawal of revision 1 cannot take effect: revision 2 of my-http-kill-1 is stored");
		HttpResponse<String> current = post("local-cms-token", structured("my-http-kill-1", "evt-my-http-kill-1-w2",
				EventTypes.WITHDRAWN, withdrawal("my-http-kill-1", 2)));
		assertThat(current.statusCode()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(30)).until(() -> stored("my-http-kill-1").getBoolean("withdrawn"));
	}

	@Test
	void acceptsABinaryModeEvent() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(ingress())
			.header("Authorization", "Bearer local-cms-token")
			.header("Content-Type", "application/json")
			.header("ce-specversion", "1.0")
			.header("ce-id", "evt-http-2")
			.header("ce-source", LOCAL_SOURCE)
			.header("ce-type", EventTypes.PUBLISHED)
			.POST(HttpRequest.BodyPublishers.ofString(article("my-http-2", 1, "Binary")))
			.build();
		assertThat(send(request).statusCode()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(30)).until(() -> stored("my-http-2") != null);
	}

	@Test
	void answersAnInvalidEventWith400AndEveryViolation() throws Exception {
		HttpResponse<String> response = post("local-cms-token",
				structured("x", "evt-http-3", "{\"kind\":\"article\",\"revision\":\"one\",\"headline\":\"\"}"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("$.contentId").contains("$.revision").contains("$.headline");
	}

	@Test
	void answersAMissingOrWrongTokenWith401() throws Exception {
		String event = structured("my-http-4", "evt-http-4", article("my-http-4", 1, "No token"));
		assertThat(post(null, event).statusCode()).isEqualTo(401);
		assertThat(post("wrong-token", event).statusCode()).isEqualTo(401);
	}

	@Test
	void answersAnOversizedRequestWith413() throws Exception {
		String body = structured("my-http-5", "evt-http-5", article("my-http-5", 1, "x".repeat(3 * 1024 * 1024)));
		assertThat(post("local-cms-token", body).statusCode()).isEqualTo(413);
	}

	private static String structured(String contentId, String eventId, String data) {
		return structured(contentId, eventId, EventTypes.PUBLISHED, data);
	}

	private static String structured(String contentId, String eventId, String type, String data) {
		return structured(LOCAL_SOURCE, contentId, eventId, type, data);
	}

}
