package org.newsroom.pipeline.enrich.reenrich;

import org.newsroom.pipeline.enrich.EnrichProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the backfill's look for unfinished backfills every
 * {@code enrich.backfill.resume-interval}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class BackfillScheduling implements SchedulingConfigurer {

	private final Backfill backfill;

	private final EnrichProperties properties;

	BackfillScheduling(Backfill backfill, EnrichProperties properties) {
		this.backfill = backfill;
		this.properties = properties;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this.backfill::resumeUnfinished, this.properties.backfill().resumeInterval());
	}

}
