package org.newsroom.pipeline.publish.webhook;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.publish.support.PublishServiceTestBase;
import org.newsroom.pipeline.publish.support.Receiver;
import org.newsroom.pipeline.publish.support.TestEvents;
import org.springframework.test.context.TestPropertySource;

import static org.awaitility.Awaitility.await;

/**
 * A subscriber gets a new item's webhook right away, not at the delivery workers' next
 * poll, which here is an hour away.
 */
@TestPropertySource(properties = "publish.webhooks.poll-interval=1h")
class WebhookWakeUpTests extends PublishServiceTestBase {

	@Test
	void deliversANewItemWithoutWaitingForThePoll() throws Exception {
		try (Receiver receiver = new Receiver()) {
			subscribe(receiver, "wake-desk", "content.published");
			send(TestEvents.article("wake-1", 1, "wake-desk", "Sofort zugestellt", null));
			await().atMost(Duration.ofSeconds(20)).until(() -> receiver.requests().size() == 1);
		}
	}

}
