package org.newsroom.pipeline.local.compose;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A Compose file as Docker Compose reads it before interpolation: services with their
 * definitions, anchors and merge keys resolved.
 *
 * @param services the services by name
 */
record ComposeFile(Map<String, ComposeService> services) {

	static ComposeFile load(Path file) throws IOException {
		return parse(Files.readString(file));
	}

	@SuppressWarnings("unchecked")
	static ComposeFile parse(String yaml) {
		Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
		Map<String, Object> services = (Map<String, Object>) root.getOrDefault("services", Map.of());
		Map<String, ComposeService> byName = new LinkedHashMap<>();
		services.forEach((name, definition) -> byName.put(name,
				new ComposeService(name, (definition != null) ? (Map<String, Object>) definition : Map.of())));
		return new ComposeFile(byName);
	}

	/**
	 * The services built from this repository.
	 * @return them by name
	 */
	Map<String, ComposeService> builtServices() {
		Map<String, ComposeService> built = new LinkedHashMap<>();
		this.services.forEach((name, service) -> {
			if (service.isBuilt()) {
				built.put(name, service);
			}
		});
		return built;
	}

}
