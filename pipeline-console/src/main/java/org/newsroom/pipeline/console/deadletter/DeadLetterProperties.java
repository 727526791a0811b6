package org.newsroom.pipeline.console.deadletter;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Dead-letter settings, under {@code console.dead-letters.*}.
 *
 * @param previewBytes how much of a payload the console shows
 * @param listLimit the most replays the page lists
 * @param pageSize dead letters per page unless a request asks for fewer or more
 * @param maxPageSize the most dead letters one page holds
 * @param replayTimeout how long a replay waits for the broker
 * @param replayBatch how many dead letters a replay of all matching reads from the store
 * at a time
 * @param replayAllLimit the most dead letters one replay of all matching sends
 */
@ConfigurationProperties("console.dead-letters")
record DeadLetterProperties(@DefaultValue("2048") int previewBytes, @DefaultValue("500") int listLimit,
		@DefaultValue("50") int pageSize, @DefaultValue("200") int maxPageSize,
		@DefaultValue("10s") Duration replayTimeout, @DefaultValue("100") int replayBatch,
		@DefaultValue("10000") int replayAllLimit) {
}
