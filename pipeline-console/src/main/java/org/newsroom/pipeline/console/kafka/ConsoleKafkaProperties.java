package org.newsroom.pipeline.console.kafka;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the console's own listeners consume, under {@code console.kafka.*}.
 *
 * @param metadataMaxAge how soon the dead-letter listener notices a new {@code *.dlt}
 * topic
 * @param deadLetterRetryInterval back-off between attempts to store a dead letter
 */
@ConfigurationProperties("console.kafka")
record ConsoleKafkaProperties(@DefaultValue("5s") Duration metadataMaxAge,
		@DefaultValue("1s") Duration deadLetterRetryInterval) {
}
