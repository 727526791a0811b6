package org.newsroom.pipeline.local.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.newsroom.pipeline.local.Endpoints;
import org.newsroom.pipeline.local.LocalStack;
import org.newsroom.pipeline.local.demo.SampleRecord;

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

	private final List<SampleRecord> samples;

	private SampleTrafficStack(LocalStack stack, WebhookReceiver receiver, List<SampleRecord> samples) {
		this.stack = stack;
		this.receiver = receiver;
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
			receiver.subscribe(stack.endpoints().service("publish").orElseThrow());
			List<SampleRecord> samples = SampleRecord.packaged();
			new KafkaTopics(stack.endpoints().bootstrapServers()).sendToCms(samples);
			return new SampleTrafficStack(stack, receiver, samples);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
