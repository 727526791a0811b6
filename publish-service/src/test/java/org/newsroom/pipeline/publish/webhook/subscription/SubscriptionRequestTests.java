package org.newsroom.pipeline.publish.webhook.subscription;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.publish.webhook.target.TargetGuard;
import org.newsroom.pipeline.publish.webhook.target.TestGuards;

import static org.assertj.core.api.Assertions.assertThat;

class SubscriptionRequestTests {

	private final TargetGuard strict = TestGuards.strict();

	@Test
	void refusesLoopbackAndMetadataTargetsByDefault() {
		assertThat(request("http://127.0.0.1:8080/hooks").problem(this.strict)).contains("loopback");
		assertThat(request("http://169.254.169.254/").problem(this.strict)).contains("cloud metadata");
	}

	@Test
	void refusesUnknownEventTypesAndKinds() {
		assertThat(new SubscriptionRequest("http://93.184.215.14/", List.of("content.deleted"), null, null)
			.problem(this.strict)).contains("Unknown event type");
		assertThat(new SubscriptionRequest("http://93.184.215.14/", List.of("content.published"), null, "video")
			.problem(this.strict)).contains("kind");
	}

	@Test
	void acceptsAPublicTarget() {
		assertThat(request("https://93.184.215.14/hooks").problem(this.strict)).isNull();
	}

	private static SubscriptionRequest request(String url) {
		return new SubscriptionRequest(url, List.of("content.published"), null, null);
	}

}
