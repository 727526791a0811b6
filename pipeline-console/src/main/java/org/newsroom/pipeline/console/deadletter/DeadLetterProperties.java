package org.newsroom.pipeline.console.deadletter;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Dead-letter settings, under {@code console.dead-letters.*}.
 *
 * @param previewBytes how much of a payload the console shows
 * @param listLimit the most dead letters and replays a page lists
 * @param replayTimeout how long a replay waits for the broker
 */
@ConfigurationProperties("console.dead-letters")
public record DeadLetterProperties(@DefaultValue("2048") int previewBytes, @DefaultValue("500") int listLimit,
		@DefaultValue("10s") Duration replayTimeout) {
}
