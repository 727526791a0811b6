package org.newsroom.pipeline.support.kafka;

import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.support.kafka.FailureClassifier.Kind;
import org.springframework.kafka.core.KafkaProducerException;

import static org.assertj.core.api.Assertions.assertThat;

class FailureClassifierTests {

	private static final String TOO_LARGE = "The message is 1234567 bytes when serialized which is larger than 1048576,"
			+ " which is the value of the max.request.size configuration.";

	@Test
	void deadLettersARecordTheProducerRefusesAsTooLargeAtOnce() {
		RecordTooLargeException refused = new RecordTooLargeException(TOO_LARGE);

		assertThat(FailureClassifier.classify(refused)).isEqualTo(Kind.PERMANENT);
		assertThat(FailureClassifier.reason(refused)).contains("too large").contains("max.request.size");
	}

	@Test
	void deadLettersABatchTheBrokerRefusesAsTooLargeAtOnce() {
		RecordBatchTooLargeException refused = new RecordBatchTooLargeException("batch of 9437184 bytes");

		assertThat(FailureClassifier.classify(refused)).isEqualTo(Kind.PERMANENT);
		assertThat(FailureClassifier.reason(refused)).contains("batch of 9437184 bytes");
	}

	@Test
	void seesTheRefusalThroughTheSendersTransientWrapper() {
		Exception failure = awaitedSend(new RecordTooLargeException(TOO_LARGE));

		assertThat(FailureClassifier.classify(failure)).isEqualTo(Kind.PERMANENT);
		assertThat(FailureClassifier.reason(failure)).startsWith("record too large for the broker: ")
			.contains("1234567 bytes");
	}

	@Test
	void keepsRetryingABrokerThatIsShortOfReplicas() {
		Exception failure = awaitedSend(new NotEnoughReplicasException("not enough in-sync replicas"));

		assertThat(FailureClassifier.classify(failure)).isEqualTo(Kind.TRANSIENT);
	}

	/** What {@link EventSender#awaitAll} throws when the broker refuses a send. */
	private static Exception awaitedSend(Exception refusal) {
		ProducerRecord<String, Object> record = new ProducerRecord<>("content.enriched.v1", "art-1", "{}");
		KafkaProducerException send = new KafkaProducerException(record, "Failed to send", refusal);
		return new TransientFailureException("the broker did not acknowledge a send", new ExecutionException(send));
	}

}
