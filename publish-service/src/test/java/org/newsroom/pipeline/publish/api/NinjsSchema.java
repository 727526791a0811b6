package org.newsroom.pipeline.publish.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;

/**
 * The team's JSON Schema of a content API item, written from IPTC ninjs 2.3 (its source
 * is in the schema's {@code $comment}), with formats asserted.
 */
final class NinjsSchema {

	private static final String RESOURCE = "/ninjs/ninjs-2.3-newsroom.schema.json";

	private static final Schema SCHEMA = load();

	private NinjsSchema() {
	}

	/**
	 * Every violation of the schema.
	 * @param item one item as the API serves it
	 * @return the violations, each with where and what, empty if it conforms
	 */
	static List<String> violations(JsonNode item) {
		return SCHEMA.validate(item).stream().map(Object::toString).toList();
	}

	private static Schema load() {
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
				(builder) -> builder
					.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
		try (InputStream in = NinjsSchema.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the test classpath");
			}
			return registry.getSchema(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
