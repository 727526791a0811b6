package org.newsroom.pipeline.local.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks that a service's environment variables bind to properties of that service. The
 * services' metadata is read from their build output, which the reactor produces before
 * this module's tests run.
 */
final class EnvironmentBindings {

	static final String METADATA = "META-INF/spring-configuration-metadata.json";

	private static final String SHARED_MODULE = "pipeline-support";

	private final Path repository;

	private final List<URL> bootMetadata;

	private final PropertyTypes propertyTypes;

	EnvironmentBindings(Path repository) {
		this.repository = repository;
		try {
			this.bootMetadata = Collections.list(getClass().getClassLoader().getResources(METADATA));
			this.propertyTypes = new PropertyTypes(new URLClassLoader(classDirectories(), getClass().getClassLoader()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The environment variables of a service that bind to no property of its module.
	 * @param service a service built from a module of this repository
	 * @param module the module
	 * @return the variables no property matches, with the property each maps to
	 */
	List<String> unbound(ComposeService service, String module) {
		PropertyCatalog catalog = catalogOf(module);
		List<String> unbound = new ArrayList<>();
		for (String variable : service.environmentNames()) {
			PropertyPath path = PropertyPath.fromEnvironment(variable);
			if (!catalog.binds(path)) {
				unbound.add(variable + " (" + path + ")");
			}
		}
		return unbound;
	}

	private PropertyCatalog catalogOf(String module) {
		List<URL> metadata = new ArrayList<>(this.bootMetadata);
		metadata.add(moduleMetadata(SHARED_MODULE));
		metadata.add(moduleMetadata(module));
		return new PropertyCatalog(metadata, this.propertyTypes);
	}

	private URL moduleMetadata(String module) {
		Path file = this.repository.resolve(module).resolve("target/classes").resolve(METADATA);
		if (!Files.isRegularFile(file)) {
			throw new IllegalStateException(file + " is missing: build " + module + " first (./mvnw -pl " + module
					+ " compile); its @ConfigurationProperties metadata"
					+ " comes from spring-boot-configuration-processor");
		}
		return url(file);
	}

	private URL[] classDirectories() throws IOException {
		try (Stream<Path> modules = Files.list(this.repository)) {
			return modules.map((module) -> module.resolve("target/classes"))
				.filter(Files::isDirectory)
				.map(EnvironmentBindings::url)
				.toArray(URL[]::new);
		}
	}

	private static URL url(Path path) {
		try {
			return path.toUri().toURL();
		}
		catch (MalformedURLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
