package org.newsroom.pipeline.console.lag;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Lag settings, under {@code console.lag.*}.
 *
 * @param refreshInterval how often offsets are read from the broker
 * @param timeout how long one read may take
 */
@ConfigurationProperties("console.lag")
record LagProperties(@DefaultValue("5s") Duration refreshInterval, @DefaultValue("10s") Duration timeout) {
}
