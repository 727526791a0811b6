package org.newsroom.pipeline.console.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.bson.types.Binary;

import org.newsroom.pipeline.contract.audit.AuditAction;
import org.newsroom.pipeline.contract.audit.AuditOutcome;
import org.newsroom.pipeline.contract.lineage.LineageOutcome;
import org.newsroom.pipeline.support.audit.AuditEntry;
import org.newsroom.pipeline.support.audit.AuditTrail;
import org.newsroom.pipeline.support.kafka.ByteTemplates;
import org.newsroom.pipeline.support.kafka.DeadLetterHeaders;
import org.newsroom.pipeline.support.lineage.LineageRecorder;
import org.newsroom.pipeline.support.lineage.LineageStep;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.stereotype.Service;

/**
 * Sends dead letters back to the topic they failed on, exactly as they were, so the
 * service that gave up tries again once the cause is fixed.
 */
@Service
class DeadLetterReplayer {

	static final String LINEAGE_STAGE = "replay";

	private final DeadLetterStore deadLetters;

	private final ReplayStore replays;

	private final KafkaTemplate<byte[], byte[]> template;

	private final LineageRecorder lineage;

	private final DeadLetterProperties properties;

	private final AuditTrail audit;

	DeadLetterReplayer(DeadLetterStore deadLetters, ReplayStore replays, ProducerFactory<?, ?> producerFactory,
			LineageRecorder lineage, DeadLetterProperties properties, AuditTrail audit) {
		this.audit = audit;
		this.deadLetters = deadLetters;
		this.replays = replays;
		this.template = ByteTemplates.bytes(producerFactory);
		this.lineage = lineage;
		this.properties = properties;
	}

	/**
	 * Replays dead letters, each on its own: one that fails does not stop the others.
	 * @param ids the dead letters
	 * @param operator who asked
	 * @return one replay per dead letter found
	 */
	public List<Replay> replay(Collection<String> ids, String operator) {
		List<Replay> done = new ArrayList<>();
		for (Document deadLetter : this.deadLetters.find(ids)) {
			Replay replay = replayOne(deadLetter, operator);
			this.replays.save(replay);
			this.deadLetters.markReplayed(replay.deadLetterId(), replay.status().name());
			done.add(replay);
		}
		return done;
	}

	private Replay replayOne(Document deadLetter, String operator) {
		String id = deadLetter.getString("_id");
		String topic = deadLetter.getString("replayTopic");
		Binary key = deadLetter.get("key", Binary.class);
		String contentId = (key != null) ? new String(key.getData(), StandardCharsets.UTF_8) : null;
		Instant now = Instant.now();
		String error = (topic != null) ? send(deadLetter, topic, key) : "the original topic is unknown";
		Replay.ReplayStatus status = (error != null) ? Replay.ReplayStatus.FAILED : Replay.ReplayStatus.SENT;
		this.audit.record(AuditEntry.of(AuditAction.REPLAY, operator, "dead-letter:" + id).about(contentId),
				(error != null) ? AuditOutcome.FAILED : AuditOutcome.DONE,
				(error != null) ? error : "from " + deadLetter.getString(DeadLetterStore.DLT_TOPIC) + " to " + topic);
		if (error == null) {
			this.lineage.record(LineageStep.of(contentId, 0, LINEAGE_STAGE, LineageOutcome.REPLAYED)
				.withDetail("from=" + deadLetter.getString(DeadLetterStore.DLT_TOPIC) + " to=" + topic + " by="
						+ operator));
		}
		return new Replay(UUID.randomUUID().toString(), id, topic, contentId, operator, now, status, error);
	}

	private String send(Document deadLetter, String topic, Binary key) {
		ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, null, (key != null) ? key.getData() : null,
				deadLetter.get("value", Binary.class).getData());
		for (Document header : deadLetter.getList("headers", Document.class)) {
			String name = header.getString("name");
			if (!isDeadLetterHeader(name)) {
				record.headers().add(name, header.get("value", Binary.class).getData());
			}
		}
		record.headers()
			.add(DeadLetterHeaders.REPLAYED_FROM,
					deadLetter.getString(DeadLetterStore.DLT_TOPIC).getBytes(StandardCharsets.UTF_8));
		try {
			this.template.send(record).get(this.properties.replayTimeout().toMillis(), TimeUnit.MILLISECONDS);
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "interrupted";
		}
		catch (ExecutionException | TimeoutException | RuntimeException ex) {
			return ex.getClass().getSimpleName() + ": " + ex.getMessage();
		}
	}

	// The failure's own headers describe the old attempt; the retried record gets new
	// ones if it fails again.
	static boolean isDeadLetterHeader(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.startsWith("kafka_dlt-") || lower.startsWith("pipeline_dlt_")
				|| lower.equals(DeadLetterHeaders.REPLAYED_FROM);
	}

}
