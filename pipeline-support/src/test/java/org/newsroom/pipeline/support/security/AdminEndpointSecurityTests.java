package org.newsroom.pipeline.support.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.support.kafka.RoundTripApplication;
import org.newsroom.pipeline.support.test.PipelineIntegrationTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = RoundTripApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@PipelineIntegrationTest
class AdminEndpointSecurityTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void leavesHealthOpenAndReportsKafkaAndMongoInReadiness() throws Exception {
		HttpResponse<String> response = get("/actuator/health/readiness", null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void asksForCredentialsOnAdminEndpoints() throws Exception {
		assertThat(get("/actuator/metrics", null).statusCode()).isEqualTo(401);
	}

	@Test
	void letsAViewerReadButNotChange() throws Exception {
		assertThat(get("/actuator/metrics", "victor:viewer-secret").statusCode()).isEqualTo(200);
		assertThat(post("/api/v1/anything", "victor:viewer-secret").statusCode()).isEqualTo(403);
	}

	@Test
	void refusesAWrongPassword() throws Exception {
		assertThat(get("/actuator/metrics", "olga:wrong").statusCode()).isEqualTo(401);
	}

	@Test
	void servesPrometheusMetricsWithTheStageMeters() throws Exception {
		HttpResponse<String> response = get("/actuator/prometheus", null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("jvm_memory_used_bytes");
	}

	private HttpResponse<String> get(String path, String credentials) throws Exception {
		return this.http.send(request(path, credentials).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String credentials) throws Exception {
		return this.http.send(request(path, credentials).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path, String credentials) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (credentials != null) {
			builder.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return builder;
	}

}
