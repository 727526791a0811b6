package org.newsroom.pipeline.local.services;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceProcessTests {

	@Test
	void startsEveryServiceInLocalModeSoThatItAcceptsTheShippedSecrets(@TempDir Path data) {
		ServiceEnvironment environment = new ServiceEnvironment("localhost:9092", "mongodb://localhost:27017", "256m",
				data.resolve("logs"), Duration.ofMinutes(1), Map.of());

		for (ServiceSpec spec : ServiceSpec.ALL) {
			ServiceProcess service = new ServiceProcess(spec, spec.defaultPort(), data.resolve(spec.module() + ".jar"),
					environment);
			assertThat(service.arguments()).as(spec.name()).contains("--pipeline.local-mode=true");
		}
	}

	@Test
	void letsPublishSendWebhooksToThisMachineUnlessTheLauncherIsToldOtherwise(@TempDir Path data) {
		ServiceSpec publish = ServiceSpec.PUBLISH;
		ServiceEnvironment plain = new ServiceEnvironment("localhost:9092", "mongodb://localhost:27017", "256m",
				data.resolve("logs"), Duration.ofMinutes(1), Map.of());
		ServiceEnvironment told = new ServiceEnvironment("localhost:9092", "mongodb://localhost:27017", "256m",
				data.resolve("logs"), Duration.ofMinutes(1),
				Map.of("publish", java.util.List.of("--publish.webhooks.allowed-cidrs=10.0.0.0/8")));

		assertThat(new ServiceProcess(publish, 8083, data.resolve("p.jar"), plain).arguments())
			.contains("--publish.webhooks.allowed-cidrs=127.0.0.0/8,::1/128");
		assertThat(new ServiceProcess(publish, 8083, data.resolve("p.jar"), told).arguments())
			.filteredOn((arg) -> arg.startsWith("--publish.webhooks.allowed-cidrs="))
			.containsExactly("--publish.webhooks.allowed-cidrs=10.0.0.0/8");
		assertThat(new ServiceProcess(ServiceSpec.INGEST, 8081, data.resolve("i.jar"), plain).arguments())
			.noneMatch((arg) -> arg.startsWith("--publish."));
	}

}
