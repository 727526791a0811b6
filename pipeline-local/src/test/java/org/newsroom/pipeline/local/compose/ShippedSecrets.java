package org.newsroom.pipeline.local.compose;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The secrets the services' {@code application.yml} files ship for the local stack: the
 * users' passwords, the demo CMS's token and the webhook encryption key.
 */
final class ShippedSecrets {

	/** Where each kind of secret is: the list, and the field of its entries. */
	private static final List<List<String>> PLACES = List.of(List.of("pipeline", "security", "users", "password"),
			List.of("ingest", "http", "sources", "token"), List.of("publish", "webhooks", "secret-keys", "key"));

	private ShippedSecrets() {
	}

	static Set<String> of(Path repository, List<String> modules) throws IOException {
		Set<String> secrets = new LinkedHashSet<>();
		for (String module : modules) {
			Map<?, ?> root = new Yaml(new SafeConstructor(new LoaderOptions()))
				.load(Files.readString(repository.resolve(module).resolve("src/main/resources/application.yml")));
			for (List<String> place : PLACES) {
				Object list = at(root, place.subList(0, place.size() - 1));
				if (list instanceof List<?> entries) {
					entries.forEach((entry) -> secrets.add(String.valueOf(((Map<?, ?>) entry).get(place.get(3)))));
				}
			}
		}
		return secrets;
	}

	private static Object at(Map<?, ?> root, List<String> path) {
		Object node = root;
		for (String key : path) {
			node = (node instanceof Map<?, ?> map) ? map.get(key) : null;
		}
		return node;
	}

}
