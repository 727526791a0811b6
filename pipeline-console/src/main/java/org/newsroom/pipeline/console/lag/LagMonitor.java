package org.newsroom.pipeline.console.lag;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.newsroom.pipeline.support.config.PipelineProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Keeps the latest consumer lag of every group, refreshed every few seconds, so pages and
 * the Prometheus gauge never wait for the broker.
 */
@Component
public class LagMonitor implements DisposableBean, SchedulingConfigurer {

	/** Gauge of records a group is behind on a topic. */
	public static final String GAUGE = "pipeline.consumer.lag";

	private static final Logger log = LoggerFactory.getLogger(LagMonitor.class);

	private final Admin admin;

	private final LagReader reader;

	private final MultiGauge gauge;

	private final Duration refreshInterval;

	private volatile LagSnapshot snapshot = new LagSnapshot(List.of(), null, false);

	LagMonitor(KafkaAdmin kafkaAdmin, PipelineProperties pipeline, LagProperties properties, MeterRegistry registry) {
		this.admin = Admin.create(kafkaAdmin.getConfigurationProperties());
		this.reader = new LagReader(this.admin, pipeline.topics().namespace(), properties.timeout().toMillis());
		this.refreshInterval = properties.refreshInterval();
		this.gauge = MultiGauge.builder(GAUGE)
			.description("Records a consumer group is behind the end of a topic")
			.baseUnit("records")
			.register(registry);
	}

	/**
	 * The latest lag of every group.
	 * @return the snapshot
	 */
	public LagSnapshot snapshot() {
		return this.snapshot;
	}

	/** Reads the lag every {@code console.lag.refresh-interval}. */
	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this::refresh, this.refreshInterval);
	}

	void refresh() {
		try {
			List<ConsumerLag> lags = this.reader.read();
			this.snapshot = new LagSnapshot(lags, Instant.now(), false);
			this.gauge.register(lags.stream()
				.map((lag) -> MultiGauge.Row.of(Tags.of("group", lag.group(), "topic", lag.topic()), lag.lag()))
				.toList(), true);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException | RuntimeException ex) {
			log.warn("cannot read consumer lag: {}", ex.getMessage());
			this.snapshot = new LagSnapshot(this.snapshot.lags(), this.snapshot.readAt(), true);
		}
	}

	@Override
	public void destroy() {
		this.admin.close();
	}

	/**
	 * Lag of every group at one time.
	 *
	 * @param lags lag per group and topic
	 * @param readAt when it was read, or {@code null} before the first read
	 * @param stale whether the latest read failed and these are older values
	 */
	public record LagSnapshot(List<ConsumerLag> lags, Instant readAt, boolean stale) {
	}

}
