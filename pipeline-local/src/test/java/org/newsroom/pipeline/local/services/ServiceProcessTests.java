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

}
