package org.newsroom.pipeline.publish.webhook.delivery;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.contract.lineage.DeliveryDetail;
import org.newsroom.pipeline.contract.lineage.LineageEvent;
import org.newsroom.pipeline.contract.lineage.LineageOutcome;
import org.newsroom.pipeline.publish.support.PublishServiceTestBase;
import org.newsroom.pipeline.publish.support.TestEvents;
import org.newsroom.pipeline.support.test.KafkaTestClient;
import org.newsroom.pipeline.support.test.webhook.Delivery;
import org.newsroom.pipeline.support.test.webhook.StandardWebhooksVerifier;
import org.newsroom.pipeline.support.test.webhook.WebhookReceiver;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Webhook delivery against real local subscribers: retries, 410, signatures, secret
 * rotation and the subscriptions API.
 */
class WebhookDeliveryTests extends PublishServiceTestBase {

	@Autowired
	MongoDatabase database;

	@Autowired
	WebhookAdmin admin;

	@Test
	void retriesAFailingSubscriberWithTheSameIdUntilItTakesTheWebhook() throws Exception {
		try (WebhookReceiver flaky = WebhookReceiver.failingFirst(3, 500)) {
			String secret = subscribe(flaky, "retry-desk", "content.published").get("secret").asString();
			send(TestEvents.article("retry-1", 1, "retry-desk", "Erst beim vierten Mal", null));

			flaky.awaitDeliveries(4, WAIT);
			assertThat(flaky.deliveries()).extracting(Delivery::id).containsOnly("retry-1:1:published");
			Document outbox = await().atMost(WAIT)
				.until(() -> this.database.getCollection("webhook_outbox")
					.find(Filters.eq("deliveryId", "retry-1:1:published"))
					.first(), (d) -> d != null && "delivered".equals(d.getString("status")));
			List<Document> attempts = outbox.getList("attempts", Document.class);
			assertThat(attempts).extracting((a) -> a.getString("status")).containsExactly("500", "500", "500", "200");
			assertThat(attempts).allMatch((a) -> a.get("at") != null && a.get("latencyMillis") != null);

			StandardWebhooksVerifier verifier = new StandardWebhooksVerifier(secret);
			for (Delivery request : flaky.deliveries()) {
				assertThat(verifier.verifies(request)).isTrue();
			}
			Delivery first = flaky.deliveries().get(0);
			byte[] tampered = Arrays.copyOf(first.body(), first.body().length);
			tampered[10] ^= 1;
			assertThat(verifier.verifies(first.id(), first.headers().get("webhook-timestamp"), tampered,
					first.headers().get("webhook-signature")))
				.isFalse();
			JsonNode payload = tools.jackson.databind.json.JsonMapper.shared().readTree(first.body());
			assertThat(payload.get("type").asString()).isEqualTo("content.published");
			assertThat(payload.get("data").get("contentId").asString()).isEqualTo("retry-1");
			assertThat(payload.has("timestamp")).isTrue();

			String outboxId = outbox.getString("_id");
			List<LineageEvent> lineage = lineageUntil((events) -> events.stream()
				.filter((e) -> "retry-1".equals(e.contentId()) && "webhook".equals(e.stage()))
				.count() == 4);
			List<LineageEvent> webhookSteps = lineage.stream()
				.filter((e) -> "webhook".equals(e.stage()) && "retry-1".equals(e.contentId()))
				.toList();
			assertThat(webhookSteps).extracting(LineageEvent::outcome)
				.containsExactly(LineageOutcome.FAILED, LineageOutcome.FAILED, LineageOutcome.FAILED,
						LineageOutcome.DELIVERED);
			String subscription = outboxId.substring(outboxId.lastIndexOf(':') + 1);
			for (int i = 0; i < 3; i++) {
				DeliveryDetail failed = DeliveryDetail.parse(webhookSteps.get(i).detail());
				assertThat(failed)
					.extracting(DeliveryDetail::deliveryId, DeliveryDetail::subscriptionId, DeliveryDetail::status,
							DeliveryDetail::attempt)
					.containsExactly(outboxId, subscription, "500", i + 1);
				assertThat(failed.retryAt()).isNotNull();
				assertThat(failed.reason()).isNotBlank();
			}
			assertThat(DeliveryDetail.parse(webhookSteps.get(3).detail()))
				.isEqualTo(new DeliveryDetail(outboxId, subscription, "200", 4, null, null));
		}
	}

	@Test
	void supersedesARetryingPublishedDeliveryWhenTheItemIsKilled() throws Exception {
		try (WebhookReceiver down = WebhookReceiver
			.answering((request) -> request.text().contains("content.withdrawn") ? 200 : 500)) {
			subscribe(down, "kill-desk", "content.published", "content.updated", "content.withdrawn");
			send(TestEvents.article("kill-retrying", 1, "kill-desk", "Darf nicht mehr raus", null));
			down.awaitDelivery("kill-retrying:1:published", WAIT);

			send(TestEvents.withdrawal("kill-retrying", 1, "legal"));
			down.awaitDelivery("kill-retrying:1:withdrawn", WAIT);
			// an attempt in flight at the kill may still end; after it, none follows
			Document published = await().atMost(WAIT)
				.until(() -> this.database.getCollection("webhook_outbox")
					.find(Filters.eq("deliveryId", "kill-retrying:1:published"))
					.first(),
						(d) -> "superseded".equals(d.getString("status")) && d.getList("attempts", Document.class)
							.size() == down.ids().stream().filter("kill-retrying:1:published"::equals).count());
			assertThat(published.getString("supersededBy")).isEqualTo("kill-retrying:1:withdrawn");
			assertThat(this.admin.redeliver(published.getString("_id"))).isFalse();
			assertThat(down.deliveries()).filteredOn((r) -> r.id().equals("kill-retrying:1:withdrawn"))
				.singleElement()
				.satisfies((r) -> assertThat(r.text()).contains("content.withdrawn")
					.doesNotContain("Darf nicht mehr raus"));
		}
	}

	@Test
	void neverSendsTheContentOfAnItemKilledInTheSamePollAsItWentLive() throws Exception {
		try (WebhookReceiver receiver = WebhookReceiver.answering((request) -> 204)) {
			subscribe(receiver, "kill-at-once-desk", "content.published", "content.updated", "content.withdrawn");
			sendTogether(TestEvents.article("kill-at-once", 1, "kill-at-once-desk", "Sofort zurückgezogen", null),
					TestEvents.withdrawal("kill-at-once", 1, "legal"));
			receiver.awaitDelivery("kill-at-once:1:withdrawn", WAIT);
			assertThat(outboxEntry("kill-at-once:1:published").getString("status")).isEqualTo("superseded");
			assertThat(receiver.ids()).containsExactly("kill-at-once:1:withdrawn");
		}
	}

	@Test
	void stopsTheContentOfAKilledItemAlsoForASubscriptionThatIsNotToldOfKills() throws Exception {
		try (WebhookReceiver down = WebhookReceiver.failingFirst(10, 500)) {
			subscribe(down, "kill-quiet-desk", "content.published");
			send(TestEvents.article("kill-quiet", 1, "kill-quiet-desk", "Nur veröffentlicht", null));
			down.awaitDelivery("kill-quiet:1:published", WAIT);

			send(TestEvents.withdrawal("kill-quiet", 1, "legal"));
			Document published = await().atMost(WAIT)
				.until(() -> outboxEntry("kill-quiet:1:published"), (d) -> "superseded".equals(d.getString("status")));
			assertThat(published.getString("supersededBy")).isEqualTo("kill-quiet:1:withdrawn");
			assertThat(down.ids()).containsOnly("kill-quiet:1:published")
				.hasSize(published.getList("attempts", Document.class).size());
		}
	}

	@Test
	void neverResendsKilledContentWhenASubscriptionIsEnabledAgainOrTheRevisionComesAgain() throws Exception {
		java.util.concurrent.atomic.AtomicBoolean failing = new java.util.concurrent.atomic.AtomicBoolean(true);
		try (WebhookReceiver paused = WebhookReceiver.answering((request) -> failing.get() ? 500 : 200)) {
			String id = subscribe(paused, "resend-desk", "content.published", "content.updated", "content.withdrawn")
				.get("subscription")
				.get("id")
				.asString();
			var live = TestEvents.article("resend-killed", 1, "resend-desk", "Wird zurückgezogen", null);
			send(live);
			paused.awaitDelivery("resend-killed:1:published", WAIT);
			// the operator pauses the failing subscriber; its retry is held
			assertThat(post("/api/v1/subscriptions/" + id + "/disable", OPERATOR, null).statusCode()).isEqualTo(200);
			await().atMost(WAIT)
				.until(() -> "held".equals(outboxEntry("resend-killed:1:published").getString("status")));

			send(TestEvents.withdrawal("resend-killed", 1, "legal"));
			// a replayed dead letter and a re-enrichment bring the killed revision again
			send(live);
			send(TestEvents.reenriched(live, 2, "Neuer Teaser"));
			await().atMost(WAIT)
				.until(() -> "superseded".equals(outboxEntry("resend-killed:1:published").getString("status")));
			failing.set(false);
			assertThat(post("/api/v1/subscriptions/" + id + "/enable", OPERATOR, null).statusCode()).isEqualTo(200);

			Document published = outboxEntry("resend-killed:1:published");
			await().during(java.time.Duration.ofSeconds(2))
				.atMost(WAIT)
				.until(() -> paused.ids().stream().allMatch("resend-killed:1:published"::equals)
						&& paused.ids().size() == published.getList("attempts", Document.class).size());
			assertThat(get("/api/v1/content/resend-killed", null).statusCode()).isEqualTo(410);
		}
	}

	@Test
	void tellsSubscribersAndOtherSystemsOfNewMetadataOfTheLiveRevisionOnly() throws Exception {
		try (WebhookReceiver receiver = WebhookReceiver.start()) {
			subscribe(receiver, "refresh-desk", "content.published", "content.updated");
			var live = TestEvents.article("refreshed-live", 1, "refresh-desk", "Wird neu erschlossen", null);
			var held = TestEvents.article("refreshed-held", 1, "refresh-desk", "Noch gesperrt",
					java.time.Instant.now().plus(java.time.Duration.ofHours(2)));
			send(live);
			send(held);
			receiver.awaitDelivery("refreshed-live:1:published", WAIT);

			send(TestEvents.reenriched(live, 2, "Frischer Vorspann"));
			send(TestEvents.reenriched(held, 2, "Gesperrter Vorspann"));
			send(TestEvents.reenriched(live, 3, "Noch frischerer Vorspann"));
			receiver.awaitDelivery("refreshed-live:1:refreshed-v3", WAIT);

			assertThat(receiver.ids()).containsExactly("refreshed-live:1:published", "refreshed-live:1:refreshed-v2",
					"refreshed-live:1:refreshed-v3");
			Delivery refresh = receiver.deliveries().get(1);
			assertThat(refresh.text()).contains("\"type\":\"content.updated\"", "Frischer Vorspann");
			List<String> outbound = this.kafka
				.readUntil(this.pipeline.topics().published(), (records) -> records.stream()
					.anyMatch((r) -> "refreshed-live:1:published-v3".equals(KafkaTestClient.header(r, "ce_id"))), WAIT)
				.stream()
				.filter((r) -> r.key().startsWith("refreshed-"))
				.map((r) -> KafkaTestClient.header(r, "ce_id") + " " + KafkaTestClient.header(r, "ce_type"))
				.toList();
			assertThat(outbound).containsExactly("refreshed-live:1:published news.content.published",
					"refreshed-live:1:published-v2 news.content.updated",
					"refreshed-live:1:published-v3 news.content.updated");
			assertThat(receiver.ids()).noneMatch((id) -> id.startsWith("refreshed-held"));
		}
	}

	@Test
	void takesAnItemDownEverywhereWithoutTellingAnySubscriber() throws Exception {
		try (WebhookReceiver up = WebhookReceiver.start();
				WebhookReceiver down = WebhookReceiver.answering((request) -> 500)) {
			subscribe(up, "takedown-desk", "content.published", "content.updated", "content.withdrawn");
			subscribe(down, "takedown-desk", "content.published", "content.withdrawn");
			send(TestEvents.article("taken-down", 1, "takedown-desk", "Einstweilige Verfügung", null));
			await().atMost(WAIT)
				.until(() -> up.ids().contains("taken-down:1:published")
						&& down.ids().contains("taken-down:1:published"));
			assertThat(get("/api/v1/content/taken-down", null).statusCode()).isEqualTo(200);

			send(TestEvents.takedown("taken-down", 1, "court order"));
			Document retrying = await().atMost(WAIT)
				.until(() -> this.database.getCollection("webhook_outbox")
					.find(Filters.and(Filters.eq("deliveryId", "taken-down:1:published"),
							Filters.ne("status", "delivered")))
					.first(), (d) -> d != null && "superseded".equals(d.getString("status")));
			assertThat(down.ids()).filteredOn("taken-down:1:published"::equals)
				.hasSize(retrying.getList("attempts", Document.class).size());

			// gone from the API as if it had never been published, and from the feed
			assertThat(get("/api/v1/content/taken-down", null).statusCode()).isEqualTo(404);
			assertThat(get("/api/v1/content/taken-down", OPERATOR).statusCode()).isEqualTo(404);
			assertThat(get("/feeds/sections/takedown-desk.rss", null).body()).doesNotContain("Einstweilige Verfügung");
			// other systems still learn to remove it from the outbound topic
			var outbound = this.kafka
				.readUntil(this.pipeline.topics().published(),
						(all) -> all.stream()
							.anyMatch((r) -> "taken-down:1:withdrawn".equals(KafkaTestClient.header(r, "ce_id"))),
						WAIT);
			var last = outbound.stream().filter((r) -> "taken-down".equals(r.key())).reduce((a, b) -> b).orElseThrow();
			assertThat(KafkaTestClient.header(last, "ce_id")).isEqualTo("taken-down:1:withdrawn");
			assertThat(new String(last.value(), java.nio.charset.StandardCharsets.UTF_8)).contains("\"takedown\":true");
			// and no subscriber is told, not even later
			await().during(java.time.Duration.ofSeconds(2))
				.atMost(WAIT)
				.until(() -> !up.ids().contains("taken-down:1:withdrawn")
						&& !down.ids().contains("taken-down:1:withdrawn"));
		}
	}

	@Test
	void supersedesARetryingDeliveryByTheNextRevision() throws Exception {
		try (WebhookReceiver down = WebhookReceiver
			.answering((request) -> request.id().equals("retry-update:1:published") ? 500 : 200)) {
			subscribe(down, "update-desk", "content.published", "content.updated");
			send(TestEvents.article("retry-update", 1, "update-desk", "Erste Fassung", null));
			down.awaitDelivery("retry-update:1:published", WAIT);

			send(TestEvents.article("retry-update", 2, "update-desk", "Zweite Fassung", null));
			down.awaitDelivery("retry-update:2:updated", WAIT);
			Document first = await().atMost(WAIT)
				.until(() -> outboxEntry("retry-update:1:published"),
						(d) -> "superseded".equals(d.getString("status")));
			assertThat(first.getString("supersededBy")).isEqualTo("retry-update:2:updated");
			assertThat(down.ids()).filteredOn("retry-update:1:published"::equals)
				.hasSize(first.getList("attempts", Document.class).size());
			assertThat(this.admin.redeliver(first.getString("_id"))).isFalse();
		}
	}

	@Test
	void sendsAHealthySubscriberEachRevisionInOrderOneAfterTheOther() throws Exception {
		// the first revision is answered only once the second is queued behind it, so
		// both could go out side by side on the two workers
		try (WebhookReceiver slow = WebhookReceiver.answering((request) -> {
			if (request.id().equals("in-order:1:published")) {
				await().atMost(WAIT).until(() -> outboxEntry("in-order:2:updated") != null);
			}
			return 200;
		})) {
			subscribe(slow, "order-desk", "content.published", "content.updated");
			send(TestEvents.article("in-order", 1, "order-desk", "Erste Fassung", null));
			slow.awaitDelivery("in-order:1:published", WAIT);
			send(TestEvents.article("in-order", 2, "order-desk", "Zweite Fassung", null));

			slow.awaitDelivery("in-order:2:updated", WAIT);
			assertThat(slow.ids()).containsExactly("in-order:1:published", "in-order:2:updated");
			assertThat(outboxEntry("in-order:1:published").getString("status")).isEqualTo("delivered");
		}
	}

	private Document outboxEntry(String deliveryId) {
		return this.database.getCollection("webhook_outbox").find(Filters.eq("deliveryId", deliveryId)).first();
	}

	@Test
	void disablesASubscriptionWhoseEndpointAnswersGone() throws Exception {
		try (WebhookReceiver gone = WebhookReceiver.scripted(410)) {
			String id = subscribe(gone, "gone-desk", "content.published").get("subscription").get("id").asString();
			send(TestEvents.article("gone-1", 1, "gone-desk", "Niemand hört zu", null));

			await().atMost(WAIT)
				.until(() -> !json(get("/api/v1/subscriptions/" + id, VIEWER)).get("enabled").asBoolean());
			assertThat(json(get("/api/v1/subscriptions/" + id, VIEWER)).get("disabledReason").asString())
				.contains("410");
			assertThat(gone.deliveries()).hasSize(1);
		}
	}

	@Test
	void signsWithTheOldAndTheNewSecretWhileARotationOverlaps() throws Exception {
		try (WebhookReceiver receiver = WebhookReceiver.start()) {
			JsonNode created = subscribe(receiver, "rotate-desk", "content.published");
			String id = created.get("subscription").get("id").asString();
			HttpResponse<String> rotated = post("/api/v1/subscriptions/" + id + "/rotate-secret", OPERATOR, null);
			assertThat(rotated.statusCode()).isEqualTo(200);
			String newSecret = json(rotated).get("secret").asString();
			assertThat(newSecret).startsWith("whsec_").isNotEqualTo(created.get("secret").asString());

			send(TestEvents.article("rotate-1", 1, "rotate-desk", "Neuer Schlüssel", null));
			receiver.awaitDeliveries(1, WAIT);
			Delivery request = receiver.deliveries().get(0);
			assertThat(new StandardWebhooksVerifier(created.get("secret").asString()).verifies(request)).isTrue();
			assertThat(new StandardWebhooksVerifier(newSecret).verifies(request)).isTrue();
		}
	}

	@Test
	void neverShowsSecretsWhenListingAndLetsViewersReadButNotChange() throws Exception {
		try (WebhookReceiver receiver = WebhookReceiver.start()) {
			String id = subscribe(receiver, "list-desk", "content.updated").get("subscription").get("id").asString();
			HttpResponse<String> list = get("/api/v1/subscriptions", VIEWER);
			assertThat(list.statusCode()).isEqualTo(200);
			assertThat(list.body()).contains(id).doesNotContain("whsec_");
			assertThat(post("/api/v1/subscriptions/" + id + "/disable", VIEWER, null).statusCode()).isEqualTo(403);
			assertThat(get("/api/v1/subscriptions", null).statusCode()).isEqualTo(401);
			assertThat(
					json(post("/api/v1/subscriptions/" + id + "/disable", OPERATOR, null)).get("enabled").asBoolean())
				.isFalse();
			assertThat(json(post("/api/v1/subscriptions/" + id + "/enable", OPERATOR, null)).get("enabled").asBoolean())
				.isTrue();
		}
	}

	@Test
	void refusesASubscriptionToTheCloudMetadataAddress() throws Exception {
		HttpResponse<String> refused = post("/api/v1/subscriptions", OPERATOR,
				"{\"url\": \"http://169.254.169.254/latest/meta-data\", \"eventTypes\": [\"content.published\"]}");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(json(refused).get("detail").asString()).contains("cloud metadata");
		HttpResponse<String> loopback = post("/api/v1/subscriptions", OPERATOR,
				"{\"url\": \"http://127.0.0.2:9/\", \"eventTypes\": [\"content.published\"]}");
		assertThat(json(loopback).get("detail").asString()).contains("loopback");
	}

}
