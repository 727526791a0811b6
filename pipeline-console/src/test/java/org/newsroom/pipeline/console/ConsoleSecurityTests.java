package org.newsroom.pipeline.console;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleSecurityTests extends ConsoleTestSupport {

	@Test
	void showsItsOwnLoginPageAndLogsAnOperatorIn() {
		ConsoleBrowser browser = new ConsoleBrowser(this.port);
		Document login = browser.page("/login");
		assertThat(login.getElementById("username")).isNotNull();
		assertThat(login.getElementById("password")).isNotNull();
		assertThat(login.select("link[rel=stylesheet]").attr("href")).isEqualTo("/css/console.css");

		HttpResponse<String> response = browser.login("operator", "operator");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/"));
		assertThat(browser.page("/").getElementById("current-user").text()).contains("operator");
	}

	@Test
	void refusesAWrongPassword() {
		HttpResponse<String> response = new ConsoleBrowser(this.port).login("operator", "wrong");
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login?error"));
	}

	@Test
	void sendsAnonymousVisitorsToTheLoginPage() {
		HttpResponse<String> response = new ConsoleBrowser(this.port).get("/dead-letters");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login"));
	}

	@Test
	void asksScriptsForCredentialsOnTheApi() {
		assertThat(new ConsoleBrowser(this.port).get("/api/v1/overview", "application/json").statusCode())
			.isEqualTo(401);
		assertThat(ConsoleBrowser.getWithBasic(this.port, "/api/v1/overview", "viewer", "viewer").statusCode())
			.isEqualTo(200);
	}

	@Test
	void leavesHealthOpen() {
		HttpResponse<String> response = new ConsoleBrowser(this.port).get("/actuator/health/readiness",
				"application/json");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("UP");
	}

	@Test
	void letsAViewerSeeEveryPageButSendNoCommand() {
		ConsoleBrowser viewer = viewer();
		for (String page : new String[] { "/", "/items", "/dead-letters", "/deliveries" }) {
			assertThat(viewer.get(page).statusCode()).as(page).isEqualTo(200);
		}
		viewer.page("/deliveries");
		assertThat(viewer.post("/deliveries/redeliver", Map.of("deliveryId", "d-1")).statusCode()).isEqualTo(403);
		assertThat(viewer.post("/subscriptions/disable", Map.of("subscriptionId", "s-1")).statusCode()).isEqualTo(403);
		assertThat(viewer.post("/subscriptions/enable", Map.of("subscriptionId", "s-1")).statusCode()).isEqualTo(403);
		assertThat(viewer.post("/items/a-1/reenrich", Map.of()).statusCode()).isEqualTo(403);
		assertThat(viewer.post("/commands/reenrich-all", Map.of()).statusCode()).isEqualTo(403);
	}

	@Test
	void refusesAFormWithoutItsCsrfToken() {
		ConsoleBrowser operator = new ConsoleBrowser(this.port);
		operator.login("operator", "operator");
		HttpResponse<String> response = operator.postFields("/commands/reenrich-all", List.of());
		assertThat(response.statusCode()).isEqualTo(403);
	}

}
