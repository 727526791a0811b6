package org.newsroom.pipeline.console;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.newsroom.pipeline.contract.json.ContractJson;
import org.newsroom.pipeline.contract.lineage.LineageEvent;
import org.newsroom.pipeline.contract.lineage.LineageOutcome;
import org.newsroom.pipeline.support.config.PipelineProperties;
import org.newsroom.pipeline.support.test.KafkaTestClient;
import org.newsroom.pipeline.support.test.PipelineIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console against the shared embedded broker and store, with a fast lag refresh and a
 * short metadata age so new dead-letter topics are found quickly.
 */
@SpringBootTest(classes = ConsoleApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "console.lag.refresh-interval=500ms", "console.kafka.metadata-max-age=1s" })
@PipelineIntegrationTest
abstract class ConsoleTestSupport {

	@LocalServerPort
	protected int port;

	@Autowired
	protected PipelineProperties properties;

	protected KafkaTestClient kafka;

	protected ConsoleBrowser operator() {
		return ConsoleBrowser.loggedIn(this.port, "operator", "operator");
	}

	protected ConsoleBrowser viewer() {
		return ConsoleBrowser.loggedIn(this.port, "viewer", "viewer");
	}

	protected JsonNode api(String path) {
		HttpResponse<String> response = ConsoleBrowser.getWithBasic(this.port, path, "viewer", "viewer");
		assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
		return ContractJson.mapper().readTree(response.body());
	}

	protected void sendLineage(LineageEvent event) {
		this.kafka.send(this.properties.topics().lineage(), event.contentId(), Map.of(),
				ContractJson.mapper().writeValueAsBytes(event));
	}

	protected static LineageEvent lineage(String contentId, long revision, String service, String stage,
			LineageOutcome outcome, String detail, String headline, Instant at) {
		return new LineageEvent(UUID.randomUUID().toString(), contentId, revision, service, stage, outcome, detail,
				headline, at.minusSeconds(2), at, 1500, null, null, null, null);
	}

	protected static LineageEvent step(String contentId, long revision, String stage, LineageOutcome outcome,
			String detail, Instant cmsTime, Instant at, long durationMicros) {
		String service = stage.equals("webhook") ? "publish" : stage;
		return new LineageEvent(UUID.randomUUID().toString(), contentId, revision, service, stage, outcome, detail,
				"Headline of " + contentId, cmsTime, at, durationMicros, null, null, null, null);
	}

	protected static LineageEvent accepted(String contentId, String kind, String section, Instant at) {
		return new LineageEvent(UUID.randomUUID().toString(), contentId, 1, "ingest", "ingest", LineageOutcome.ACCEPTED,
				null, "Headline of " + contentId, at, at, 800, null, kind, section, null);
	}

	protected static JsonNode stage(JsonNode overview, String name) {
		return overview.get("stages")
			.valueStream()
			.filter((stage) -> stage.get("name").asString().equals(name))
			.findFirst()
			.orElseThrow();
	}

	protected static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
