package org.newsroom.pipeline.local.compose;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The properties one service can bind, from {@code spring-configuration-metadata.json}
 * files: Spring Boot's own (in its jars) and those the configuration processor generates
 * for the pipeline's {@code @ConfigurationProperties} records.
 */
final class PropertyCatalog {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Canonical name to type name; the type may be {@code null} in metadata. */
	private final Map<String, String> types = new HashMap<>();

	private final PropertyTypes propertyTypes;

	PropertyCatalog(List<URL> metadata, PropertyTypes propertyTypes) {
		this.propertyTypes = propertyTypes;
		metadata.forEach(this::read);
	}

	/**
	 * Whether a property path binds: some prefix of it is a known property and the rest
	 * fits inside that property's type.
	 * @param path the path, such as {@code pipeline.security.users[0].name}
	 * @return whether Spring Boot would bind a value to it
	 */
	boolean binds(PropertyPath path) {
		List<String> elements = path.elements();
		StringBuilder prefix = new StringBuilder();
		for (int i = 0; i < elements.size() && !PropertyPath.isIndex(elements.get(i)); i++) {
			prefix.append((i > 0) ? "." : "").append(elements.get(i));
			String name = prefix.toString();
			if (this.types.containsKey(name)
					&& this.propertyTypes.resolves(this.types.get(name), elements.subList(i + 1, elements.size()))) {
				return true;
			}
		}
		return false;
	}

	private void read(URL metadata) {
		try (InputStream in = metadata.openStream()) {
			for (JsonNode property : JSON.readTree(in).path("properties")) {
				// A property removed from Boot stays in its metadata with level "error".
				if (!"error".equals(property.path("deprecation").path("level").asString(""))) {
					String type = property.path("type").isMissingNode() ? null : property.path("type").asString();
					this.types.put(PropertyPath.canonical(property.path("name").asString()), type);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + metadata, ex);
		}
	}

}
