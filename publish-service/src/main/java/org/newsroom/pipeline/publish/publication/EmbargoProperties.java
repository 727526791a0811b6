package org.newsroom.pipeline.publish.publication;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Embargo release settings under {@code publish.embargo.*}.
 *
 * @param releaseInterval how often this instance checks whether an embargo it knows of
 * ended
 * @param sweepInterval how often the store is asked for due embargoes even if no known
 * one ended, which finds those another instance stored
 * @param resumeInterval how often announcements that an instance claimed and did not
 * finish are looked for
 * @param claimTimeout after how long an announcement an instance claimed but did not
 * finish is taken over by another
 */
@ConfigurationProperties("publish.embargo")
record EmbargoProperties(@DefaultValue("100ms") Duration releaseInterval, @DefaultValue("30s") Duration sweepInterval,
		@DefaultValue("30s") Duration resumeInterval, @DefaultValue("30s") Duration claimTimeout) {
}
