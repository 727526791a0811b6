package org.newsroom.pipeline.publish.webhook.delivery;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.publish.support.PublishServiceTestBase;
import org.newsroom.pipeline.publish.support.TestEvents;
import org.newsroom.pipeline.support.test.webhook.WebhookReceiver;
import org.springframework.test.context.TestPropertySource;

/**
 * A subscriber gets a new item's webhook right away, not at the delivery workers' next
 * poll, which here is an hour away.
 */
@TestPropertySource(properties = "publish.webhooks.poll-interval=1h")
class WebhookWakeUpTests extends PublishServiceTestBase {

	@Test
	void deliversANewItemWithoutWaitingForThePoll() throws Exception {
		try (WebhookReceiver receiver = WebhookReceiver.start()) {
			subscribe(receiver, "wake-desk", "content.published");
			send(TestEvents.article("wake-1", 1, "wake-desk", "Sofort zugestellt", null));
			receiver.awaitDeliveries(1, Duration.ofSeconds(20));
		}
	}

}
