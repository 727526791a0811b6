package org.newsroom.pipeline.support.test;

import java.util.EnumMap;
import java.util.Map;

/**
 * The one place tests get Kafka and MongoDB from: one broker and one store per mode and
 * test JVM, started on first use and shared by every test.
 */
public final class PipelineInfrastructure {

	private static final Map<InfrastructureMode, TestInfrastructure> STARTED = new EnumMap<>(InfrastructureMode.class);

	private PipelineInfrastructure() {
	}

	/**
	 * The infrastructure of the run's mode.
	 * @return the started infrastructure
	 */
	public static TestInfrastructure get() {
		return get(InfrastructureMode.AUTO);
	}

	/**
	 * The infrastructure of a mode, started on first use.
	 * @param mode the mode; {@link InfrastructureMode#AUTO} resolves by property and
	 * Docker
	 * @return the started infrastructure
	 */
	public static synchronized TestInfrastructure get(InfrastructureMode mode) {
		return STARTED.computeIfAbsent(mode.resolve(), (resolved) -> (resolved == InfrastructureMode.CONTAINERS)
				? new ContainerInfrastructure() : new EmbeddedInfrastructure());
	}

}
