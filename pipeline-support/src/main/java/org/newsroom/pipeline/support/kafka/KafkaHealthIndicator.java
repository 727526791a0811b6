package org.newsroom.pipeline.support.kafka;

import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Reports the broker as down when the cluster does not answer within two seconds; part of
 * readiness, so an instance without a broker takes no HTTP traffic.
 */
public class KafkaHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

	private static final int TIMEOUT_MS = 2000;

	private final AdminClient admin;

	public KafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
		super("Kafka health check failed");
		this.admin = AdminClient.create(kafkaAdmin.getConfigurationProperties());
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		DescribeClusterResult cluster = this.admin.describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS));
		int nodes = cluster.nodes().get(TIMEOUT_MS, TimeUnit.MILLISECONDS).size();
		builder.up()
			.withDetail("clusterId", cluster.clusterId().get(TIMEOUT_MS, TimeUnit.MILLISECONDS))
			.withDetail("nodes", nodes);
	}

	@Override
	public void destroy() {
		this.admin.close();
	}

}
