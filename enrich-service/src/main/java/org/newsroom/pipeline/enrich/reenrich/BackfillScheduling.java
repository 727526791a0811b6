package org.newsroom.pipeline.enrich.reenrich;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the backfill's periodic look for unfinished backfills.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class BackfillScheduling {

}
