package org.newsroom.pipeline.publish.security;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.publish.support.PublishServiceTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A subscription to a host NAME that resolves to this machine is refused through the API
 * with the JVM's real resolver. The shared test context allows only the literal
 * {@code 127.0.0.1}, so for the name {@code localhost} the default policy applies.
 */
class SubscriptionTargetTests extends PublishServiceTestBase {

	@Test
	void refusesASubscriptionToLocalhostByName() throws Exception {
		for (String url : new String[] { "http://localhost:9/hooks", "http://LOCALHOST./hooks",
				"https://localhost/hooks" }) {
			HttpResponse<String> refused = post("/api/v1/subscriptions", OPERATOR,
					"{\"url\": \"" + url + "\", \"eventTypes\": [\"content.published\"]}");
			assertThat(refused.statusCode()).as(url).isEqualTo(400);
			assertThat(json(refused).get("detail").asString()).as(url).contains("localhost").contains("loopback");
		}
		assertThat(get("/api/v1/subscriptions", OPERATOR).body()).doesNotContain("localhost");
	}

}
