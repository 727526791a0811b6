package org.newsroom.pipeline.publish.webhook.subscription;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.contract.lineage.LineageEvent;
import org.newsroom.pipeline.contract.lineage.LineageOutcome;
import org.newsroom.pipeline.publish.support.PublishServiceTestBase;
import org.newsroom.pipeline.publish.support.TestEvents;
import org.newsroom.pipeline.support.test.webhook.Delivery;
import org.newsroom.pipeline.support.test.webhook.StandardWebhooksVerifier;
import org.newsroom.pipeline.support.test.webhook.WebhookReceiver;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running service keeps webhook signing secrets encrypted in MongoDB and still signs
 * every delivery with the plain secret the subscriber got.
 */
class SecretsAtRestTests extends PublishServiceTestBase {

	@Autowired
	MongoDatabase database;

	@Test
	void storesOnlyEncryptedSecretsAndSignsWithThePlainOnesAcrossARotation() throws Exception {
		try (WebhookReceiver receiver = WebhookReceiver.start()) {
			JsonNode created = subscribe(receiver, "vault-desk", "content.published");
			String id = created.get("subscription").get("id").asString();
			String first = created.get("secret").asString();
			HttpResponse<String> rotation = post("/api/v1/subscriptions/" + id + "/rotate-secret", OPERATOR, null);
			String rotated = json(rotation).get("secret").asString();

			Document stored = subscriptions().find(Filters.eq("_id", id)).first();
			assertThat(stored.getList("secrets", Document.class)).hasSize(2)
				.allSatisfy((secret) -> assertThat(secret).containsEntry("keyId", "local-dev")
					.containsKeys("nonce", "ciphertext")
					.doesNotContainKey("value"));
			assertThat(stored.toJson()).doesNotContain("whsec_", first.substring(6), rotated.substring(6));

			send(TestEvents.article("vault-1", 1, "vault-desk", "Verschlüsselt gespeichert", null));
			receiver.awaitDeliveries(1, WAIT);
			Delivery request = receiver.deliveries().get(0);
			assertThat(new StandardWebhooksVerifier(rotated).verifies(request)).isTrue();
			assertThat(new StandardWebhooksVerifier(first).verifies(request)).isTrue();
		}
	}

	@Test
	void failsTheDeliveriesOfASubscriptionWhoseKeyIsGoneAndSaysWhy() throws Exception {
		try (WebhookReceiver receiver = WebhookReceiver.start()) {
			String id = subscribe(receiver, "lost-key-desk", "content.published").get("subscription")
				.get("id")
				.asString();
			byte[] ciphertext = new byte[60];
			new SecureRandom().nextBytes(ciphertext);
			// as if its key had been removed from publish.webhooks.secret-keys
			subscriptions().updateOne(Filters.eq("_id", id),
					Updates.set("secrets",
							List.of(new Document("keyId", "retired").append("nonce", new Binary(new byte[12]))
								.append("ciphertext", new Binary(ciphertext))
								.append("createdAt", new Date())
								.append("expiresAt", null))));

			send(TestEvents.article("lost-key-1", 1, "lost-key-desk", "Ohne Schlüssel", null));

			List<LineageEvent> lineage = lineageUntil((events) -> events.stream().anyMatch(this::lostKeyDelivery));
			assertThat(lineage).filteredOn(this::lostKeyDelivery).singleElement().satisfies((e) -> {
				assertThat(e.outcome()).isEqualTo(LineageOutcome.DELIVERY_FAILED);
				assertThat(e.detail()).contains("no signing secret of the subscription can be decrypted");
			});
			assertThat(receiver.deliveries()).isEmpty();
		}
	}

	private boolean lostKeyDelivery(LineageEvent event) {
		return "lost-key-1".equals(event.contentId()) && "webhook".equals(event.stage());
	}

	private MongoCollection<Document> subscriptions() {
		return this.database.getCollection("webhook_subscriptions");
	}

}
