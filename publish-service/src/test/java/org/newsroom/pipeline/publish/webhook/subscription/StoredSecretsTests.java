package org.newsroom.pipeline.publish.webhook.subscription;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.newsroom.pipeline.publish.webhook.signing.TestSecrets;
import org.newsroom.pipeline.publish.webhook.subscription.Subscription.SigningSecret;
import org.newsroom.pipeline.publish.webhook.WebhookProperties.EncryptionKey;
import org.newsroom.pipeline.support.test.PipelineInfrastructure;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.pipeline.publish.webhook.signing.TestSecrets.NEW;
import static org.newsroom.pipeline.publish.webhook.signing.TestSecrets.OLD;
import static org.newsroom.pipeline.publish.webhook.signing.TestSecrets.cipher;

/**
 * Signing secrets in the {@code webhook_subscriptions} collection of the shared test
 * store, read directly: encrypted, readable across a key rotation, and encrypted at start
 * when an earlier version stored them in plain text.
 */
@ExtendWith(OutputCaptureExtension.class)
class StoredSecretsTests {

	private static MongoClient client;

	private final String secret = TestSecrets.secret();

	private MongoDatabase database;

	@BeforeAll
	static void connect() {
		client = MongoClients.create(PipelineInfrastructure.get().mongoUri());
	}

	@AfterAll
	static void disconnect() {
		client.close();
	}

	@BeforeEach
	void ownDatabase() {
		this.database = client.getDatabase("stored-secrets-" + UUID.randomUUID());
	}

	@Test
	void storesEachSecretOnlyEncryptedUnderTheCurrentKey() {
		SubscriptionStore store = store(NEW, OLD);
		store.insert(subscription("sub_a", this.secret));

		Document stored = raw("sub_a").get(0);
		assertThat(stored).containsOnlyKeys("keyId", "nonce", "ciphertext", "createdAt", "expiresAt")
			.containsEntry("keyId", NEW.id());
		assertThat(stored.get("nonce", Binary.class).getData()).hasSize(12);
		assertThat(rawJson("sub_a")).doesNotContain("whsec_", key(this.secret));
		assertThat(store.find("sub_a").activeSecrets(Instant.now())).containsExactly(this.secret);
	}

	@Test
	void readsASecretWrittenUnderAnOlderKeyAfterTheKeyIsRotated() {
		store(OLD).insert(subscription("sub_b", this.secret));

		SubscriptionStore rotated = store(NEW, OLD);
		assertThat(rotated.find("sub_b").activeSecrets(Instant.now())).containsExactly(this.secret);

		rotated.sealStoredSecrets();
		assertThat(raw("sub_b")).extracting((d) -> d.getString("keyId")).containsExactly(NEW.id());
		assertThat(store(NEW).find("sub_b").activeSecrets(Instant.now())).containsExactly(this.secret);
	}

	@Test
	void readsAPlainSecretOfAnEarlierVersionAndEncryptsItAtTheNextStart(CapturedOutput output) {
		Date now = new Date();
		this.database.getCollection("webhook_subscriptions")
			.insertOne(new Document("_id", "sub_c").append("url", "https://example.org/hooks")
				.append("eventTypes", List.of("content.published"))
				.append("enabled", true)
				.append("secrets",
						List.of(new Document("value", this.secret).append("createdAt", now).append("expiresAt", null)))
				.append("createdAt", now));
		SubscriptionStore store = store(NEW);
		assertThat(store.find("sub_c").activeSecrets(Instant.now())).containsExactly(this.secret);

		store.sealStoredSecrets();

		assertThat(raw("sub_c")).singleElement()
			.satisfies((d) -> assertThat(d).doesNotContainKey("value").containsEntry("keyId", NEW.id()));
		assertThat(rawJson("sub_c")).doesNotContain("whsec_", key(this.secret));
		assertThat(store.find("sub_c").activeSecrets(Instant.now())).containsExactly(this.secret);
		assertThat(output)
			.contains("Encrypted the stored signing secrets of 1 webhook subscriptions with key '" + NEW.id() + "'");
	}

	@Test
	void leavesOutASecretThatNoConfiguredKeyDecryptsAndSaysSoAtStart(CapturedOutput output) {
		store(OLD).insert(subscription("sub_d", this.secret));
		SubscriptionStore withoutOld = store(NEW);

		assertThat(withoutOld.find("sub_d").secrets()).isEmpty();
		withoutOld.sealStoredSecrets();

		assertThat(output).contains("A signing secret of webhook subscription sub_d cannot be read: it is encrypted"
				+ " with key '" + OLD.id() + "', which publish.webhooks.secret-keys does not list");
		assertThat(raw("sub_d")).extracting((d) -> d.getString("keyId")).containsExactly(OLD.id());
		assertThat(store(OLD).find("sub_d").activeSecrets(Instant.now())).containsExactly(this.secret);
	}

	private SubscriptionStore store(EncryptionKey... keys) {
		return new SubscriptionStore(this.database, new StoredSecrets(cipher(keys)));
	}

	private static Subscription subscription(String id, String secret) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		return new Subscription(id, "https://example.org/hooks", List.of("content.published"), null, null, true, null,
				List.of(new SigningSecret(secret, now, null)), now);
	}

	private List<Document> raw(String id) {
		return document(id).getList("secrets", Document.class);
	}

	private String rawJson(String id) {
		return document(id).toJson();
	}

	private Document document(String id) {
		return this.database.getCollection("webhook_subscriptions").find(Filters.eq("_id", id)).first();
	}

	/** The key without its prefix, so the bare base64 is looked for too. */
	private static String key(String secret) {
		return secret.substring("whsec_".length());
	}

}
