package org.newsroom.pipeline.publish.webhook.delivery;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.newsroom.pipeline.publish.webhook.WebhookProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Delivers due webhooks from the outbox on a small pool of its own threads, never on a
 * Kafka listener thread; each worker claims one entry at a time, so instances share the
 * work and a crashed instance's leases run out.
 */
@Component
class DeliveryWorker implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(DeliveryWorker.class);

	/** How many due entries a worker reads at once. */
	static final int ROUND = 20;

	private final OutboxStore outbox;

	private final WebhookDelivery delivery;

	private final WebhookProperties properties;

	private final Clock clock;

	private volatile ScheduledExecutorService executor;

	private final AtomicBoolean wakeQueued = new AtomicBoolean();

	DeliveryWorker(OutboxStore outbox, WebhookDelivery delivery, WebhookProperties properties, Clock clock) {
		this.outbox = outbox;
		this.delivery = delivery;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void start() {
		AtomicInteger threads = new AtomicInteger();
		this.executor = Executors.newScheduledThreadPool(this.properties.workers(),
				(task) -> new Thread(task, "webhook-worker-" + threads.incrementAndGet()));
		long interval = this.properties.pollInterval().toMillis();
		for (int i = 0; i < this.properties.workers(); i++) {
			this.executor.scheduleWithFixedDelay(this::drain, 0, interval, TimeUnit.MILLISECONDS);
		}
	}

	/**
	 * Delivers what was just enqueued now instead of at the next poll; wake-ups that
	 * arrive while one is waiting are folded into it.
	 */
	void wake() {
		ScheduledExecutorService running = this.executor;
		if (running != null && this.wakeQueued.compareAndSet(false, true)) {
			try {
				running.execute(() -> {
					this.wakeQueued.set(false);
					drain();
				});
			}
			catch (RejectedExecutionException ex) {
				// stopping: the entry stays in the outbox for the next start
				this.wakeQueued.set(false);
			}
		}
	}

	/**
	 * Delivers due entries until none is left; then the next poll comes. Each round reads
	 * up to {@value #ROUND} due entries in one query, then claims and delivers them one
	 * at a time, so a lease runs only while its own attempt does.
	 */
	void drain() {
		try {
			for (OutboxStore.Due round = due(); isRunning() && !round.ids().isEmpty(); round = due()) {
				for (String id : round.ids()) {
					OutboxEntry entry = isRunning()
							? this.outbox.claim(round, id, this.clock.instant(), this.properties.lease()) : null;
					if (entry != null) {
						this.delivery.attempt(entry);
					}
				}
			}
		}
		catch (RuntimeException ex) {
			// the store may be down; the lease brings the entry back, the next poll
			// retries
			logger.warn("Webhook delivery poll failed: {}", ex.toString());
		}
	}

	private OutboxStore.Due due() {
		return this.outbox.due(this.clock.instant(), ROUND);
	}

	@Override
	public void stop() {
		ScheduledExecutorService running = this.executor;
		this.executor = null;
		if (running != null) {
			running.shutdown();
			try {
				running.awaitTermination(this.properties.requestTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

}
