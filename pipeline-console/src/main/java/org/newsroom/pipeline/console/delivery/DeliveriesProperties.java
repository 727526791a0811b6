package org.newsroom.pipeline.console.delivery;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Delivery settings, under {@code console.deliveries.*}.
 *
 * @param stage the lineage stage whose events are webhook delivery attempts
 * @param sample how many of that stage's latest events the deliveries are rebuilt from
 */
@ConfigurationProperties("console.deliveries")
record DeliveriesProperties(@DefaultValue("webhook") String stage, @DefaultValue("5000") int sample) {
}
