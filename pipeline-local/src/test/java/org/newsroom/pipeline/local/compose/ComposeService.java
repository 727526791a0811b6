package org.newsroom.pipeline.local.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One service of a Compose file, read in both the short and the long syntax Compose
 * accepts.
 *
 * @param name the service name
 * @param definition its definition as parsed
 */
record ComposeService(String name, Map<String, Object> definition) {

	String image() {
		Object image = this.definition.get("image");
		return (image != null) ? image.toString() : null;
	}

	boolean isBuilt() {
		return this.definition.containsKey("build");
	}

	/**
	 * The build section in its long form.
	 * @return context, dockerfile and args; empty when the service is not built
	 */
	@SuppressWarnings("unchecked")
	Map<String, Object> build() {
		Object build = this.definition.get("build");
		if (build instanceof Map<?, ?> map) {
			return (Map<String, Object>) map;
		}
		return (build != null) ? Map.of("context", build.toString()) : Map.of();
	}

	/**
	 * The Maven module the image is built from.
	 * @return the {@code MODULE} build argument, or {@code null}
	 */
	String module() {
		Object args = build().get("args");
		if (args instanceof Map<?, ?> map && map.get("MODULE") != null) {
			return map.get("MODULE").toString();
		}
		return null;
	}

	List<String> environmentNames() {
		return new ArrayList<>(environment().keySet());
	}

	/**
	 * The environment as written, before Compose interpolates it.
	 * @return value by variable name, in the file's order
	 */
	Map<String, String> environment() {
		Object environment = this.definition.get("environment");
		Map<String, String> variables = new LinkedHashMap<>();
		if (environment instanceof Map<?, ?> map) {
			map.forEach((key, value) -> variables.put(key.toString(), (value != null) ? value.toString() : null));
		}
		else if (environment instanceof List<?> list) {
			list.forEach((entry) -> {
				String[] parts = entry.toString().split("=", 2);
				variables.put(parts[0], (parts.length > 1) ? parts[1] : null);
			});
		}
		return variables;
	}

	/**
	 * The ports published on the host.
	 * @return one entry per published port
	 */
	List<Integer> hostPorts() {
		Object ports = this.definition.get("ports");
		List<Integer> published = new ArrayList<>();
		if (ports instanceof List<?> list) {
			list.forEach((port) -> published.addAll(HostPorts.of(port)));
		}
		return published;
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> healthcheck() {
		Object healthcheck = this.definition.get("healthcheck");
		return (healthcheck instanceof Map<?, ?> map) ? (Map<String, Object>) map : Map.of();
	}

	/**
	 * The services this one waits for, with their condition; the list form means
	 * {@code service_started}.
	 * @return condition by service name
	 */
	Map<String, String> dependsOn() {
		Object dependsOn = this.definition.get("depends_on");
		Map<String, String> conditions = new LinkedHashMap<>();
		if (dependsOn instanceof List<?> list) {
			list.forEach((service) -> conditions.put(service.toString(), "service_started"));
		}
		else if (dependsOn instanceof Map<?, ?> map) {
			map.forEach((service, details) -> conditions.put(service.toString(), condition(details)));
		}
		return conditions;
	}

	private static String condition(Object details) {
		if (details instanceof Map<?, ?> map && map.get("condition") != null) {
			return map.get("condition").toString();
		}
		return "service_started";
	}

}
