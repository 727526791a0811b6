package org.newsroom.pipeline.local.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsroom.pipeline.contract.json.ContractJson;
import tools.jackson.databind.JsonNode;

/**
 * One line of {@code samples/cms-events.jsonl}: a Kafka record as the CMS sends it.
 *
 * @param key the record key (the content id)
 * @param headers CloudEvents binary-mode headers, in file order
 * @param value the JSON value as written in the file
 */
public record SampleRecord(String key, Map<String, String> headers, String value) {

	/** Where the samples are on the classpath. */
	public static final String RESOURCE = "samples/cms-events.jsonl";

	/**
	 * Reads every non-blank line.
	 * @param jsonLines the file's content
	 * @return the records in file order
	 * @throws IOException if the content cannot be read
	 */
	public static List<SampleRecord> read(InputStream jsonLines) throws IOException {
		List<SampleRecord> records = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(jsonLines, StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank()) {
					records.add(parse(line));
				}
			}
		}
		return records;
	}

	/**
	 * The samples packaged with the launcher.
	 * @return the records in file order
	 * @throws IOException if the resource is missing or unreadable
	 */
	public static List<SampleRecord> packaged() throws IOException {
		InputStream in = SampleRecord.class.getClassLoader().getResourceAsStream(RESOURCE);
		if (in == null) {
			throw new IOException(RESOURCE + " is not on the classpath");
		}
		return read(in);
	}

	private static SampleRecord parse(String line) {
		JsonNode node = ContractJson.mapper().readTree(line);
		Map<String, String> headers = new LinkedHashMap<>();
		node.path("headers")
			.properties()
			.forEach((header) -> headers.put(header.getKey(), header.getValue().asString()));
		JsonNode key = node.get("key");
		return new SampleRecord((key == null || key.isNull()) ? null : key.asString(), headers,
				ContractJson.mapper().writeValueAsString(node.get("value")));
	}

}
