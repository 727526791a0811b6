package org.newsroom.pipeline.local.reliability;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.newsroom.pipeline.support.test.webhook.Answer;
import org.newsroom.pipeline.support.test.webhook.Delivery;
import org.newsroom.pipeline.support.test.webhook.WebhookReceiver;

/**
 * A webhook subscriber on 127.0.0.1 that counts the deliveries it acknowledged per
 * {@code webhook-id}; it can flap: answer 500, or stall past publish's request timeout.
 */
final class Subscriber implements AutoCloseable {

	private final Map<String, AtomicInteger> successes = new ConcurrentHashMap<>();

	private final AtomicInteger failures = new AtomicInteger();

	private final Map<String, Instant> firstSuccess = new ConcurrentHashMap<>();

	private final Random random = new Random(8);

	private final Duration stall;

	private volatile double failureRate;

	private WebhookReceiver receiver;

	private Subscriber(Duration stall) {
		this.stall = stall;
	}

	/**
	 * Starts a subscriber that answers 204 until told to flap.
	 * @param stall how long a "timeout" keeps the request open
	 */
	static Subscriber start(Duration stall) throws IOException {
		Subscriber subscriber = new Subscriber(stall);
		subscriber.receiver = WebhookReceiver.builder().answer(subscriber::answer).start();
		return subscriber;
	}

	URI url() {
		return URI.create(this.receiver.url());
	}

	/**
	 * From now on fail this share of requests: two thirds with 500, one third by timeout.
	 */
	void flap(double rate) {
		this.failureRate = rate;
	}

	/** Acknowledged deliveries by {@code webhook-id}. */
	Map<String, Integer> successesById() {
		Map<String, Integer> copy = new ConcurrentHashMap<>();
		this.successes.forEach((id, count) -> copy.put(id, count.get()));
		return copy;
	}

	/** When each {@code webhook-id} was first acknowledged. */
	Map<String, Instant> firstSuccessById() {
		return Map.copyOf(this.firstSuccess);
	}

	int failuresAnswered() {
		return this.failures.get();
	}

	@Override
	public void close() {
		this.receiver.close();
	}

	private Answer answer(Delivery delivery) {
		String id = String.valueOf(delivery.id());
		double draw = nextDraw();
		if (draw < this.failureRate * 2 / 3) {
			this.failures.incrementAndGet();
			return Answer.status(500);
		}
		if (draw < this.failureRate) {
			this.failures.incrementAndGet();
			// The stall is the fault itself: publish must give up waiting and retry.
			return Answer.status(503).after(this.stall);
		}
		this.successes.computeIfAbsent(id, (key) -> new AtomicInteger()).incrementAndGet();
		this.firstSuccess.putIfAbsent(id, Instant.now());
		return Answer.status(204);
	}

	private synchronized double nextDraw() {
		return this.random.nextDouble();
	}

}
