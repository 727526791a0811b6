package org.newsroom.pipeline.local.compose;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the repository root from the module directory the tests run in.
 */
final class RepositoryRoot {

	private RepositoryRoot() {
	}

	static Path find() {
		Path directory = Path.of("").toAbsolutePath();
		while (directory != null) {
			if (Files.isRegularFile(directory.resolve("docker-compose.yml"))
					&& Files.isRegularFile(directory.resolve("mvnw"))) {
				return directory;
			}
			directory = directory.getParent();
		}
		throw new IllegalStateException("no docker-compose.yml above " + Path.of("").toAbsolutePath());
	}

}
