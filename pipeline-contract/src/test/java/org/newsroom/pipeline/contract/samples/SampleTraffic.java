package org.newsroom.pipeline.contract.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsroom.pipeline.contract.json.ContractJson;
import tools.jackson.databind.JsonNode;

/**
 * Sample CMS traffic for tests: {@code ../shared/samples} when a checkout has it beside
 * the repository, the repository's own {@code samples/} otherwise.
 */
public final class SampleTraffic {

	private SampleTraffic() {
	}

	/**
	 * The folder with {@code cms-events.jsonl}.
	 * @return the samples folder
	 */
	public static Path directory() {
		String configured = System.getProperty("pipeline.samples.dir");
		if (configured != null) {
			return Path.of(configured);
		}
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.exists(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("samples"))) {
				Path shared = dir.resolveSibling("shared").resolve("samples");
				return Files.exists(shared.resolve("cms-events.jsonl")) ? shared : dir.resolve("samples");
			}
		}
		throw new IllegalStateException("no samples folder above " + Path.of("").toAbsolutePath());
	}

	/**
	 * Every record of {@code cms-events.jsonl}, in order.
	 * @return the records
	 */
	public static List<SampleRecord> records() {
		try {
			return Files.readAllLines(directory().resolve("cms-events.jsonl"), StandardCharsets.UTF_8)
				.stream()
				.filter((line) -> !line.isBlank())
				.map(SampleTraffic::parse)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static SampleRecord parse(String line) {
		JsonNode node = ContractJson.mapper().readTree(line);
		Map<String, byte[]> headers = new LinkedHashMap<>();
		node.path("headers")
			.properties()
			.forEach((e) -> headers.put(e.getKey(), e.getValue().asString().getBytes(StandardCharsets.UTF_8)));
		String key = node.path("key").isNull() ? null : node.path("key").asString(null);
		byte[] value = ContractJson.mapper().writeValueAsBytes(node.get("value"));
		return new SampleRecord(key, headers, value);
	}

	/**
	 * One Kafka record as a CMS would send it.
	 *
	 * @param key the record key
	 * @param headers CloudEvents binary-mode headers
	 * @param value the JSON value
	 */
	public record SampleRecord(String key, Map<String, byte[]> headers, byte[] value) {

		/**
		 * One header as text.
		 * @param name the header name
		 * @return its value, or {@code null}
		 */
		public String header(String name) {
			byte[] bytes = this.headers.get(name);
			return (bytes != null) ? new String(bytes, StandardCharsets.UTF_8) : null;
		}

	}

}
