package org.newsroom.pipeline.publish.security;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.publish.support.PublishServiceTestBase;
import org.newsroom.pipeline.support.test.webhook.WebhookReceiver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The subscriptions API asks everyone to log in and lets only operators change anything;
 * what {@code WebhookDeliveryTests} already checks (listing without credentials, a viewer
 * disabling) is not repeated here.
 */
class SubscriptionAccessTests extends PublishServiceTestBase {

	private static final String NEW_SUBSCRIPTION = "{\"url\": \"http://127.0.0.1:9/hooks\","
			+ " \"eventTypes\": [\"content.published\"]}";

	@Test
	void asksForCredentialsOnEveryCallWithoutThem() throws Exception {
		String id = existingSubscription();
		assertThat(post("/api/v1/subscriptions", null, NEW_SUBSCRIPTION).statusCode()).isEqualTo(401);
		assertThat(get("/api/v1/subscriptions/" + id, null).statusCode()).isEqualTo(401);
		for (String action : new String[] { "rotate-secret", "disable", "enable" }) {
			assertThat(post("/api/v1/subscriptions/" + id + "/" + action, null, null).statusCode()).as(action)
				.isEqualTo(401);
		}
		assertThat(post("/api/v1/subscriptions", "operator:wrong", NEW_SUBSCRIPTION).statusCode()).isEqualTo(401);
	}

	@Test
	void forbidsViewersToCreateRotateOrEnable() throws Exception {
		String id = existingSubscription();
		assertThat(post("/api/v1/subscriptions", VIEWER, NEW_SUBSCRIPTION).statusCode()).isEqualTo(403);
		HttpResponse<String> rotate = post("/api/v1/subscriptions/" + id + "/rotate-secret", VIEWER, null);
		assertThat(rotate.statusCode()).isEqualTo(403);
		assertThat(rotate.body()).doesNotContain("whsec_");
		assertThat(post("/api/v1/subscriptions/" + id + "/disable", OPERATOR, null).statusCode()).isEqualTo(200);
		assertThat(post("/api/v1/subscriptions/" + id + "/enable", VIEWER, null).statusCode()).isEqualTo(403);
		assertThat(json(get("/api/v1/subscriptions/" + id, VIEWER)).get("enabled").asBoolean()).isFalse();
		assertThat(json(get("/api/v1/subscriptions", VIEWER)).findValuesAsString("id")).contains(id);
	}

	private String existingSubscription() throws Exception {
		try (WebhookReceiver receiver = WebhookReceiver.start()) {
			return subscribe(receiver, "access-desk", "content.published").get("subscription").get("id").asString();
		}
	}

}
