package org.newsroom.pipeline.local.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the host side of a Compose port mapping: {@code "8080:8080"},
 * {@code "127.0.0.1:27017:27017"}, {@code "9000-9002:8080"}, {@code "8080"} (no fixed
 * host port) or the long syntax with {@code published}.
 */
final class HostPorts {

	private HostPorts() {
	}

	static List<Integer> of(Object mapping) {
		if (mapping instanceof Map<?, ?> map) {
			Object published = map.get("published");
			return (published != null) ? range(published.toString()) : List.of();
		}
		String spec = mapping.toString();
		int protocol = spec.indexOf('/');
		String withoutProtocol = (protocol >= 0) ? spec.substring(0, protocol) : spec;
		String[] parts = withoutProtocol.split(":");
		if (parts.length < 2) {
			return List.of();
		}
		return range(parts[parts.length - 2]);
	}

	private static List<Integer> range(String ports) {
		String[] bounds = ports.split("-");
		int first = Integer.parseInt(bounds[0].trim());
		int last = (bounds.length > 1) ? Integer.parseInt(bounds[1].trim()) : first;
		List<Integer> all = new ArrayList<>();
		for (int port = first; port <= last; port++) {
			all.add(port);
		}
		return all;
	}

}
