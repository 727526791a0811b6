package org.newsroom.pipeline.support.test.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verifier against the example of the Standard Webhooks specification.
 */
class StandardWebhooksVerifierTests {

	private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

	private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";

	private static final String TIMESTAMP = "1614265330";

	private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);

	private static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

	private static final Instant SENT = Instant.ofEpochSecond(1614265330);

	private final StandardWebhooksVerifier verifier = new StandardWebhooksVerifier(SECRET);

	@Test
	void acceptsTheSpecificationsExampleAndAnyOfSeveralSignatures() {
		assertThat(this.verifier.verifies(delivery(SIGNATURE, SENT))).isTrue();
		assertThat(this.verifier.verifies(delivery("v1,b2xkIHNlY3JldA== " + SIGNATURE, SENT.plusSeconds(60)))).isTrue();
	}

	@Test
	void refusesAChangedBodyAnotherSecretAndAStaleTimestamp() {
		Delivery changed = new Delivery(headers(SIGNATURE), "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8),
				SENT);

		assertThat(this.verifier.verifies(changed)).isFalse();
		assertThat(new StandardWebhooksVerifier("whsec_" + "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=")
			.verifies(delivery(SIGNATURE, SENT))).isFalse();
		assertThat(this.verifier.verifies(delivery(SIGNATURE, SENT.plusSeconds(6 * 60)))).isFalse();
		assertThat(this.verifier.verifies(ID, TIMESTAMP, BODY, SIGNATURE)).as("arriving now, years later").isFalse();
	}

	private static Delivery delivery(String signature, Instant arrived) {
		return new Delivery(headers(signature), BODY, arrived);
	}

	private static Map<String, String> headers(String signature) {
		return Map.of("webhook-id", ID, "webhook-timestamp", TIMESTAMP, "webhook-signature", signature);
	}

}
