package org.newsroom.pipeline.support.test;

import java.util.Locale;

import org.testcontainers.DockerClientFactory;

/**
 * Where integration tests get Kafka and MongoDB from.
 */
public enum InfrastructureMode {

	/** Containers where Docker answers, the embedded pair otherwise. */
	AUTO,

	/** An embedded KRaft broker and mongo-java-server in the test JVM. */
	EMBEDDED,

	/** Testcontainers' {@code apache/kafka} and {@code mongo:8}. */
	CONTAINERS;

	/** System property that chooses the mode for a whole run. */
	public static final String PROPERTY = "pipeline.test.infra";

	/**
	 * The concrete mode: the system property, else containers where Docker answers, else
	 * embedded.
	 * @return {@link #EMBEDDED} or {@link #CONTAINERS}
	 */
	public InfrastructureMode resolve() {
		if (this != AUTO) {
			return this;
		}
		String configured = System.getProperty(PROPERTY, "auto").trim().toUpperCase(Locale.ROOT);
		if (!configured.isEmpty() && !configured.equals("AUTO") && !configured.startsWith("$")) {
			return valueOf(configured);
		}
		return dockerAvailable() ? CONTAINERS : EMBEDDED;
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

}
