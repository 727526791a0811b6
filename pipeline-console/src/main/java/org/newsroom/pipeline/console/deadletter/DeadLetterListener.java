package org.newsroom.pipeline.console.deadletter;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Stores every record of every dead-letter topic of the namespace, including topics
 * created after start-up.
 */
@Component
class DeadLetterListener {

	private final DeadLetterStore store;

	DeadLetterListener(DeadLetterStore store) {
		this.store = store;
	}

	@KafkaListener(id = "console-dead-letters", idIsGroup = false,
			topicPattern = "#{T(java.util.regex.Pattern).quote('${pipeline.topics.namespace}')}.*\\.dlt",
			containerFactory = "consoleDeadLetterListenerFactory")
	void on(ConsumerRecord<byte[], byte[]> record) {
		this.store.save(DeadLetterReader.read(record));
	}

}
