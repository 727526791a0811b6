package org.newsroom.pipeline.local.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.ExtensionContext;

import org.newsroom.pipeline.contract.EventTypes;
import org.newsroom.pipeline.contract.json.ContractJson;
import org.newsroom.pipeline.local.Endpoints;
import org.newsroom.pipeline.local.LocalStack;
import org.newsroom.pipeline.local.demo.SampleRecord;
import org.newsroom.pipeline.support.test.webhook.StandardWebhooksVerifier;
import org.newsroom.pipeline.support.test.webhook.WebhookReceiver;

import static org.awaitility.Awaitility.await;

/**
 * One local stack per test JVM that got the sample CMS traffic, with a webhook subscriber
 * that was subscribed before the first record; shared because every stack costs a minute
 * of CPU.
 */
public final class SampleTrafficStack implements AutoCloseable {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(SampleTrafficStack.class);

	private final LocalStack stack;

	private final WebhookReceiver receiver;

	private final String secret;

	private final List<SampleRecord> samples;

	private SampleTrafficStack(LocalStack stack, WebhookReceiver receiver, String secret, List<SampleRecord> samples) {
		this.stack = stack;
		this.receiver = receiver;
		this.secret = secret;
		this.samples = samples;
	}

	/**
	 * The stack of this test run, started on first use and closed when the run ends.
	 * @param context any extension context of the run
	 * @return the running stack
	 */
	public static SampleTrafficStack shared(ExtensionContext context) {
		return context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(SampleTrafficStack.class, (key) -> start(), SampleTrafficStack.class);
	}

	private static SampleTrafficStack start() {
		try {
			LocalStack stack = LocalStack.start(
					TestStacks.options("sample-traffic").withServiceArgument("publish", TestStacks.LOOPBACK_WEBHOOKS));
			WebhookReceiver receiver = WebhookReceiver.start();
			String secret = subscribe(stack.endpoints().service("publish").orElseThrow(), receiver);
			List<SampleRecord> samples = SampleRecord.packaged();
			replay(samples, new KafkaTopics(stack.endpoints().bootstrapServers()), receiver);
			return new SampleTrafficStack(stack, receiver, secret, samples);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Subscribes a receiver to every event type at a publish service, as operator.
	 * @return the subscription's signing secret
	 */
	private static String subscribe(URI publish, WebhookReceiver receiver) {
		String request = "{\"url\":\"" + receiver.url() + "\",\"eventTypes\":"
				+ "[\"content.published\",\"content.updated\",\"content.withdrawn\"]}";
		Http.Response response = Http.postJson(publish.resolve("/api/v1/subscriptions"), request, "operator",
				"operator");
		if (response.status() != 201) {
			throw new IllegalStateException("Subscribing failed: " + response);
		}
		return ContractJson.mapper().readTree(response.body()).path("secret").asString();
	}

	/**
	 * Sends the samples in order as a newsroom does, where a withdrawal comes after the
	 * item was out: before each withdrawal, until the subscriber has the item it takes
	 * back. Sent in one burst, a kill can reach publish in the same poll as the item, and
	 * then rightly stops its delivery, since nothing killed may reach an audience.
	 */
	private static void replay(List<SampleRecord> samples, KafkaTopics topics, WebhookReceiver receiver) {
		List<SampleRecord> batch = new ArrayList<>();
		for (SampleRecord record : samples) {
			if (EventTypes.WITHDRAWN.equals(record.headers().get("ce_type"))) {
				topics.sendToCms(batch);
				batch.clear();
				String published = record.key() + ":";
				await().atMost(Duration.ofMinutes(3))
					.pollInterval(Duration.ofMillis(200))
					.until(() -> receiver.countsById().keySet().stream().anyMatch((id) -> id.startsWith(published)));
			}
			batch.add(record);
		}
		topics.sendToCms(batch);
	}

	/**
	 * Where the parts answer.
	 * @return the endpoints
	 */
	public Endpoints endpoints() {
		return this.stack.endpoints();
	}

	/**
	 * The subscriber.
	 * @return the receiver
	 */
	public WebhookReceiver receiver() {
		return this.receiver;
	}

	/**
	 * Checks the subscriber's deliveries against its subscription's secret.
	 * @return a Standard Webhooks verifier
	 */
	public StandardWebhooksVerifier verifier() {
		return new StandardWebhooksVerifier(this.secret);
	}

	/**
	 * Topics of the stack's broker.
	 * @return the topics
	 */
	public KafkaTopics topics() {
		return new KafkaTopics(endpoints().bootstrapServers());
	}

	/**
	 * The sample records sent, in order.
	 * @return the records
	 */
	public List<SampleRecord> samples() {
		return this.samples;
	}

	/**
	 * Where the stack keeps its data and logs.
	 * @return the folder
	 */
	public Path logsDir() {
		return endpoints().logsDir();
	}

	@Override
	public void close() {
		this.receiver.close();
		this.stack.close();
	}

}
