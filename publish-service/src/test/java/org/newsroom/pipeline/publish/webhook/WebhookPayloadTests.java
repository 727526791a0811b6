package org.newsroom.pipeline.publish.webhook;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.contract.json.ContractJson;
import org.newsroom.pipeline.publish.feed.TestItems;
import org.newsroom.pipeline.publish.webhook.WebhookPayload.Withdrawal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WebhookPayloadTests {

	private static final Instant NOW = Instant.parse("2024-11-22T05:00:03Z");

	@Test
	void carriesTheItemOfAPublication() {
		ContentItem item = TestItems.article("art-1", 1, "Bahnstreik", "Die GDL streikt.", "<p>Text</p>");

		WebhookPayload payload = WebhookPayload.of(WebhookEvent.PUBLISHED, item, NOW);
		JsonNode json = ContractJson.mapper().readTree(payload.toJson());

		assertThat(payload.deliveryId()).isEqualTo("art-1:1:published");
		assertThat(json.get("type").asString()).isEqualTo("content.published");
		assertThat(json.get("timestamp").asString()).isEqualTo("2024-11-22T05:00:03Z");
		assertThat(json.get("data").get("contentId").asString()).isEqualTo("art-1");
		assertThat(json.get("data").get("headline").asString()).isEqualTo("Bahnstreik");
		assertThat(json.get("data").get("body_html").asString()).isEqualTo("<p>Text</p>");
		assertThat(json.has("deliveryId")).isFalse();
		assertThat(ContractJson.mapper().treeToValue(json.get("data"), ContentItem.class)).isEqualTo(item);
	}

	@Test
	void namesUpdatesByRevision() {
		ContentItem item = TestItems.article("art-1", 2, "Bahnstreik beendet", "x", null);

		WebhookPayload payload = WebhookPayload.of(WebhookEvent.UPDATED, item, NOW);

		assertThat(payload.type()).isEqualTo("content.updated");
		assertThat(payload.deliveryId()).isEqualTo("art-1:2:updated");
	}

	@Test
	void carriesOnlyIdRevisionAndReasonOfAWithdrawal() {
		WebhookPayload payload = WebhookPayload.withdrawn(new Withdrawal("art-3", 4, "legal"), NOW);
		JsonNode json = ContractJson.mapper().readTree(payload.toJson());

		assertThat(payload.deliveryId()).isEqualTo("art-3:4:withdrawn");
		assertThat(json.get("type").asString()).isEqualTo("content.withdrawn");
		assertThat(json.get("data").propertyNames()).containsExactlyInAnyOrder("contentId", "revision", "reason");
		assertThat(json.get("data").get("revision").asLong()).isEqualTo(4);
	}

	@Test
	void refusesAWithdrawalThatCarriesTheItem() {
		ContentItem item = TestItems.article("art-1", 2, "x", "x", null);

		assertThatIllegalArgumentException().isThrownBy(() -> WebhookPayload.of(WebhookEvent.WITHDRAWN, item, NOW));
	}

}
