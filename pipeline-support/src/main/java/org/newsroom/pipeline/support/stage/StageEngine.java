package org.newsroom.pipeline.support.stage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.newsroom.pipeline.contract.lineage.LineageOutcome;
import org.newsroom.pipeline.support.kafka.EventSender;
import org.newsroom.pipeline.support.kafka.FailureClassifier;
import org.newsroom.pipeline.support.kafka.PermanentFailureException;
import org.newsroom.pipeline.support.kafka.TransientFailureException;
import org.newsroom.pipeline.support.lineage.LineageRecorder;
import org.newsroom.pipeline.support.lineage.LineageStep;
import org.newsroom.pipeline.support.metrics.StageMetrics;
import org.newsroom.pipeline.support.stage.FaultPoints.Point;
import org.newsroom.pipeline.support.tracing.TraceContext;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;

/**
 * The one stage loop of ingest, enrich and publish. Per poll, inside the listener
 * container's Kafka transaction:
 * <ol>
 * <li>read every record; an unreadable one is dead-lettered at once;</li>
 * <li>load the stored state of the poll's items in one query;</li>
 * <li>decide each record in order, each against the state the previous one left;</li>
 * <li>write the changed states in one bulk write;</li>
 * <li>send every announcement and lineage record;</li>
 * <li>await every acknowledgement once;</li>
 * <li>return, so the container commits the transaction with the consumed offsets.</li>
 * </ol>
 * A crash anywhere before the commit aborts the sends, and the records come again at the
 * same positions; the stage sees its own stored state from that position and announces it
 * again. A crash after the commit leaves nothing to redo. A record that fails for good is
 * dead-lettered without holding back the others; a transient failure throws, so the whole
 * poll is retried with backoff and no record is skipped.
 */
public class StageEngine {

	private static final Logger logger = LoggerFactory.getLogger(StageEngine.class);

	private static final LogAccessor springLogger = new LogAccessor(LogFactory.getLog(StageEngine.class));

	private final EventSender sender;

	private final LineageRecorder lineage;

	private final DeadLetterPublishingRecoverer deadLetters;

	private final StageMetrics metrics;

	private final FaultPoints faults;

	private final int attempts;

	/**
	 * Records whose own events the broker refused for good (too large), by position, with
	 * the reason: the poll is rolled back, and when the record comes again it is
	 * dead-lettered instead of being decided again.
	 */
	private final Map<String, String> refused = Collections.synchronizedMap(new LinkedHashMap<>() {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
			return size() > 10_000;
		}
	});

	/**
	 * Creates the engine.
	 * @param sender a sender on a transactional producer
	 * @param lineage a lineage recorder on that sender
	 * @param deadLetters where unprocessable records go
	 * @param metrics the stage meters
	 * @param faults the test-only fault points
	 * @param attempts how often a record whose failure is neither transient nor permanent
	 * is decided before it is dead-lettered
	 */
	public StageEngine(EventSender sender, LineageRecorder lineage, DeadLetterPublishingRecoverer deadLetters,
			StageMetrics metrics, FaultPoints faults, int attempts) {
		this.sender = sender;
		this.lineage = lineage;
		this.deadLetters = deadLetters;
		this.metrics = metrics;
		this.faults = faults;
		this.attempts = Math.max(1, attempts);
	}

	/**
	 * Handles one poll of a batch listener.
	 * @param <V> the record value type
	 * @param <I> the stage's input type
	 * @param <S> the stage's state type
	 * @param stage the stage
	 * @param records the poll's records, in partition order
	 * @param consumer the consumer, for dead-letter headers
	 */
	public <V, I, S> void run(Stage<V, I, S> stage, List<ConsumerRecord<String, V>> records, Consumer<?, ?> consumer) {
		long start = System.nanoTime();
		List<CompletableFuture<?>> sends = new ArrayList<>();
		List<Input<V, I>> inputs = read(stage, records, consumer, sends);
		Set<String> ids = new LinkedHashSet<>();
		inputs.forEach((input) -> ids.add(stage.itemId(input.received().value())));
		Map<String, S> stored = ids.isEmpty() ? Map.of() : stage.load(ids);
		List<Decided<V, S>> decided = decide(stage, inputs, stored, consumer, sends);
		Map<String, S> written = new LinkedHashMap<>();
		decided.stream()
			.filter((d) -> d.decision().write())
			.forEach((d) -> written.put(d.itemId(), d.decision().state()));
		if (!written.isEmpty()) {
			write(stage, stored, written);
			this.faults.reached(Point.AFTER_WRITE);
		}
		Map<CompletableFuture<?>, ConsumerRecord<String, V>> sentFor = new HashMap<>();
		boolean announced = send(stage, decided, sends, sentFor, shareMicros(start, records.size()));
		if (announced) {
			this.faults.reached(Point.AFTER_SEND);
		}
		await(sends, sentFor);
		if (announced) {
			this.faults.reached(Point.AFTER_ACK);
			this.faults.beforeCommit();
		}
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		records.forEach((record) -> this.metrics.processing(stage.name(), took));
	}

	/**
	 * Sends the announcements of states that changed outside a poll, such as an embargo
	 * that ended, in a transaction of their own, and waits for the broker.
	 * @param <S> the stage's state type
	 * @param stage the stage
	 * @param decisions the states to announce, with their lineage
	 */
	public <S> void announce(Stage<?, ?, S> stage, List<Decision<S>> decisions) {
		this.sender.inTransaction(() -> {
			stage.beforeEmissions(decisions.stream().filter(Decision::announce).map(Decision::state).toList());
			List<CompletableFuture<?>> sends = new ArrayList<>();
			for (Decision<S> decision : decisions) {
				long start = System.nanoTime();
				if (decision.announce()) {
					stage.emissions(decision.state()).forEach((emission) -> sends.add(this.sender.send(emission)));
				}
				sends.add(this.lineage.record(decision.lineage().withDurationUnlessMeasured(shareMicros(start, 1))));
			}
			this.sender.awaitAll(sends);
		});
	}

	private <V, I, S> List<Input<V, I>> read(Stage<V, I, S> stage, List<ConsumerRecord<String, V>> records,
			Consumer<?, ?> consumer, List<CompletableFuture<?>> sends) {
		List<Input<V, I>> inputs = new ArrayList<>(records.size());
		for (ConsumerRecord<String, V> record : records) {
			try {
				String refusal = this.refused.remove(position(record));
				if (refusal != null) {
					throw new PermanentFailureException(refusal);
				}
				DeserializationException unreadable = SerializationUtils.getExceptionFromHeader(record,
						SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, springLogger);
				if (unreadable != null) {
					throw unreadable;
				}
				inputs.add(new Input<>(record, new Received<>(stage.read(record), position(record))));
			}
			catch (RuntimeException ex) {
				if (FailureClassifier.classify(ex) == FailureClassifier.Kind.TRANSIENT) {
					throw ex;
				}
				deadLetter(stage, record, consumer, ex, sends);
			}
		}
		return inputs;
	}

	private <V, I, S> List<Decided<V, S>> decide(Stage<V, I, S> stage, List<Input<V, I>> inputs, Map<String, S> stored,
			Consumer<?, ?> consumer, List<CompletableFuture<?>> sends) {
		Map<String, S> current = new HashMap<>(stored);
		List<Decided<V, S>> decided = new ArrayList<>(inputs.size());
		for (Input<V, I> input : inputs) {
			String id = stage.itemId(input.received().value());
			TraceContext.open(input.record().headers(), id, stage.name());
			try {
				Decision<S> decision = decideOne(stage, input.received(), current.get(id));
				if (decision.write() || decision.announce()) {
					current.put(id, decision.state());
				}
				decided.add(new Decided<>(input.record(), id, decision));
			}
			catch (RuntimeException ex) {
				if (FailureClassifier.classify(ex) == FailureClassifier.Kind.TRANSIENT) {
					throw ex;
				}
				deadLetter(stage, input.record(), consumer, ex, sends);
			}
			finally {
				TraceContext.close();
			}
		}
		return decided;
	}

	private <I, S> Decision<S> decideOne(Stage<?, I, S> stage, Received<I> input, S current) {
		for (int attempt = 1;; attempt++) {
			try {
				return stage.decide(input, current);
			}
			catch (RuntimeException ex) {
				if (FailureClassifier.classify(ex) != FailureClassifier.Kind.UNKNOWN || attempt >= this.attempts) {
					throw ex;
				}
				logger.warn("Deciding {} failed (attempt {} of {}): {}", input.position(), attempt, this.attempts,
						ex.toString());
			}
		}
	}

	private <S> void write(Stage<?, ?, S> stage, Map<String, S> stored, Map<String, S> written) {
		List<Stage.Change<S>> changes = new ArrayList<>(written.size());
		written.forEach((id, state) -> changes.add(new Stage.Change<>(stored.get(id), state)));
		Collection<String> lost = stage.write(changes);
		if (!lost.isEmpty()) {
			throw new TransientFailureException(
					"another instance changed " + lost + " while this poll was decided; handling the poll again", null);
		}
	}

	/**
	 * Sends the announcements and lineage of a poll's decisions; a step that did not time
	 * itself gets the record's share of the poll so far (read, load, decide, write).
	 */
	private <V, S> boolean send(Stage<V, ?, S> stage, List<Decided<V, S>> decided, List<CompletableFuture<?>> sends,
			Map<CompletableFuture<?>, ConsumerRecord<String, V>> sentFor, long micros) {
		stage.beforeEmissions(
				decided.stream().map(Decided::decision).filter(Decision::announce).map(Decision::state).toList());
		boolean announced = false;
		for (Decided<V, S> d : decided) {
			TraceContext.open(d.record().headers(), d.itemId(), stage.name());
			try {
				if (d.decision().announce()) {
					announced = true;
					for (Emission emission : stage.emissions(d.decision().state())) {
						CompletableFuture<?> sent = this.sender.send(emission);
						sends.add(sent);
						sentFor.put(sent, d.record());
					}
				}
				sends.add(this.lineage.record(d.decision().lineage().withDurationUnlessMeasured(micros)));
			}
			catch (RuntimeException ex) {
				throw refusedOrRethrow(d.record(), ex);
			}
			finally {
				TraceContext.close();
			}
		}
		return announced;
	}

	/**
	 * Waits for every send; a send the broker refused for good marks its record, so that
	 * the poll, rolled back now, dead-letters that record when it comes again.
	 */
	private <V> void await(List<CompletableFuture<?>> sends,
			Map<CompletableFuture<?>, ConsumerRecord<String, V>> sentFor) {
		try {
			this.sender.awaitAll(sends);
		}
		catch (RuntimeException ex) {
			sentFor.forEach((sent, record) -> {
				if (sent.isCompletedExceptionally()) {
					try {
						sent.join();
					}
					catch (CompletionException failure) {
						refusedOrRethrow(record, failure);
					}
				}
			});
			throw ex;
		}
	}

	private RuntimeException refusedOrRethrow(ConsumerRecord<String, ?> record, RuntimeException failure) {
		if (FailureClassifier.classify(failure) == FailureClassifier.Kind.PERMANENT) {
			String reason = "an event of this record was refused: " + FailureClassifier.reason(failure);
			logger.warn("{}: {}; the poll is handled again without it", position(record), reason);
			this.refused.put(position(record), reason);
			return new TransientFailureException(reason, failure);
		}
		return failure;
	}

	private void deadLetter(Stage<?, ?, ?> stage, ConsumerRecord<String, ?> record, Consumer<?, ?> consumer,
			RuntimeException failure, List<CompletableFuture<?>> sends) {
		TraceContext.open(record.headers(), record.key(), stage.name());
		try {
			String reason = FailureClassifier.reason(failure);
			logger.warn("Dead-lettering {}: {}", position(record), reason);
			this.deadLetters.accept(record, consumer, failure);
			sends.add(this.lineage
				.record(LineageStep.of(record.key(), 0, stage.name(), LineageOutcome.REJECTED).withDetail(reason)));
		}
		finally {
			TraceContext.close();
		}
	}

	// At least 1 µs: 0 means "not measured" to the console.
	private static long shareMicros(long startNanos, int records) {
		return Math.max(1, (System.nanoTime() - startNanos) / 1000 / Math.max(1, records));
	}

	FaultPoints faultPoints() {
		return this.faults;
	}

	static String position(ConsumerRecord<?, ?> record) {
		return record.topic() + "-" + record.partition() + "@" + record.offset();
	}

	private record Input<V, I>(ConsumerRecord<String, V> record, Received<I> received) {
	}

	private record Decided<V, S>(ConsumerRecord<String, V> record, String itemId, Decision<S> decision) {
	}

}
