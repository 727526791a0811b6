package org.newsroom.pipeline.console.item;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Item list settings, under {@code console.items.*}.
 *
 * @param stuckAfter how long an accepted item may go without progress before it counts as
 * stuck
 * @param pageSize items per page unless a request asks for fewer or more
 * @param maxPageSize the most items one page holds
 * @param publishStage the stage whose outcomes make an item live, embargoed or withdrawn
 */
@ConfigurationProperties("console.items")
record ItemsProperties(@DefaultValue("10m") Duration stuckAfter, @DefaultValue("50") int pageSize,
		@DefaultValue("200") int maxPageSize, @DefaultValue("publish") String publishStage) {
}
