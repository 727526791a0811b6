package org.newsroom.pipeline.local.services;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the repackaged jar of a service module in the project checkout.
 */
public final class ServiceJars {

	private final Path projectRoot;

	/**
	 * Jars below a checkout of the project.
	 * @param projectRoot the folder holding the service modules
	 */
	public ServiceJars(Path projectRoot) {
		this.projectRoot = projectRoot;
	}

	/**
	 * The executable jar of a service, {@code <module>/target/<module>-<version>.jar}.
	 * @param spec the service
	 * @return the newest matching jar, or empty if the module was not built
	 */
	public Optional<Path> find(ServiceSpec spec) {
		Path target = this.projectRoot.resolve(spec.module()).resolve("target");
		if (!Files.isDirectory(target)) {
			return Optional.empty();
		}
		try (Stream<Path> files = Files.list(target)) {
			return files.filter((file) -> isExecutableJar(spec, file.getFileName().toString()))
				.max(Comparator.comparing(ServiceJars::lastModified));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Where the jar of a service is expected, for messages.
	 * @param spec the service
	 * @return the target folder of the module
	 */
	public Path expectedLocation(ServiceSpec spec) {
		return this.projectRoot.resolve(spec.module()).resolve("target");
	}

	private static boolean isExecutableJar(ServiceSpec spec, String fileName) {
		return fileName.startsWith(spec.module() + "-") && fileName.endsWith(".jar") && !fileName.endsWith("-tests.jar")
				&& !fileName.endsWith("-sources.jar") && !fileName.endsWith("-javadoc.jar");
	}

	private static long lastModified(Path file) {
		try {
			return Files.getLastModifiedTime(file).toMillis();
		}
		catch (IOException ex) {
			return 0;
		}
	}

}
