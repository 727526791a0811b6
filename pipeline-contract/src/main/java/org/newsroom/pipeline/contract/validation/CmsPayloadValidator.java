package org.newsroom.pipeline.contract.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;

import org.newsroom.pipeline.contract.EventTypes;
import org.newsroom.pipeline.contract.cms.CmsContent;
import org.newsroom.pipeline.contract.json.ContractJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validates a CMS payload against the JSON Schemas in {@code /schemas} and the limits
 * that a schema cannot carry, and reports every violation, not only the first. A
 * top-level field the schema does not define is a violation that names the closest known
 * field, or under {@link UnknownFieldPolicy#WARN} a warning.
 */
public final class CmsPayloadValidator {

	/** The default largest body, 1 MiB of UTF-8. */
	public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

	private final Schema contentSchema;

	private final Schema withdrawalSchema;

	private final SchemaFields contentFields;

	private final SchemaFields withdrawalFields;

	private final int maxBodyBytes;

	private final UnknownFieldPolicy unknownFields;

	/**
	 * A validator with the default body limit that refuses unknown fields.
	 */
	public CmsPayloadValidator() {
		this(DEFAULT_MAX_BODY_BYTES);
	}

	/**
	 * A validator with a body limit that refuses unknown fields.
	 * @param maxBodyBytes the largest body, in UTF-8 bytes
	 */
	public CmsPayloadValidator(int maxBodyBytes) {
		this(maxBodyBytes, UnknownFieldPolicy.REJECT);
	}

	/**
	 * A validator with a body limit and a policy for unknown fields.
	 * @param maxBodyBytes the largest body, in UTF-8 bytes
	 * @param unknownFields whether an unknown top-level field refuses the payload or only
	 * warns
	 */
	public CmsPayloadValidator(int maxBodyBytes, UnknownFieldPolicy unknownFields) {
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
				(builder) -> builder
					.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
		this.contentSchema = load(registry, "/schemas/cms-content.v1.schema.json");
		this.withdrawalSchema = load(registry, "/schemas/cms-withdrawal.v1.schema.json");
		this.contentFields = SchemaFields.of(this.contentSchema.getSchemaNode());
		this.withdrawalFields = SchemaFields.of(this.withdrawalSchema.getSchemaNode());
		this.maxBodyBytes = maxBodyBytes;
		this.unknownFields = Objects.requireNonNull(unknownFields, "unknownFields");
	}

	/**
	 * Validates the JSON value of a CMS event.
	 * @param eventType the CloudEvents type; withdrawals need fewer fields
	 * @param json the record value
	 * @return the bound payload or every violation, and any warnings
	 */
	public ValidationResult validate(String eventType, byte[] json) {
		JsonNode root;
		try {
			root = ContractJson.mapper().readTree(json);
		}
		catch (JacksonException ex) {
			return invalid(new Violation("$", "not valid JSON: " + ex.getOriginalMessage()));
		}
		if (root == null || root.isMissingNode()) {
			return invalid(new Violation("$", "the payload is empty"));
		}
		return validate(eventType, root);
	}

	/**
	 * Validates a parsed CMS payload.
	 * @param eventType the CloudEvents type; withdrawals need fewer fields
	 * @param root the payload
	 * @return the bound payload or every violation, and any warnings
	 */
	public ValidationResult validate(String eventType, JsonNode root) {
		List<Violation> violations = new ArrayList<>();
		if (eventType == null || !EventTypes.FROM_CMS.contains(eventType)) {
			violations.add(new Violation("ce_type", "unknown event type '" + eventType + "', expected one of "
					+ EventTypes.FROM_CMS.stream().sorted().toList()));
		}
		List<Violation> outOfRange = new ArrayList<>();
		findNumbersOutOfRange(root, new StringBuilder("$"), outOfRange);
		if (!outOfRange.isEmpty()) {
			// the schema library cannot compare such numbers and would throw
			violations.addAll(outOfRange);
			return new ValidationResult(null, onePerPath(violations));
		}
		boolean withdrawal = EventTypes.WITHDRAWN.equals(eventType);
		Schema schema = withdrawal ? this.withdrawalSchema : this.contentSchema;
		SchemaFields fields = withdrawal ? this.withdrawalFields : this.contentFields;
		List<String> unknown = new ArrayList<>();
		for (Error error : schema.validate(root)) {
			if (isUnknownTopLevelField(error)) {
				unknown.add(error.getProperty());
			}
			else {
				violations.add(toViolation(error));
			}
		}
		List<Violation> warnings = applyPolicy(unknown.stream().map(fields::unknown).toList(), violations);
		checkBodySize(root, violations);
		if (!violations.isEmpty()) {
			return new ValidationResult(null, onePerPath(violations), warnings);
		}
		return bind(without(root, unknown), warnings);
	}

	/** Unknown fields join the violations, or under {@code WARN} become the warnings. */
	private List<Violation> applyPolicy(List<Violation> unknown, List<Violation> violations) {
		if (this.unknownFields == UnknownFieldPolicy.WARN) {
			return unknown;
		}
		violations.addAll(unknown);
		return List.of();
	}

	/** The schemas close the top level with {@code additionalProperties: false}. */
	private static boolean isUnknownTopLevelField(Error error) {
		return "additionalProperties".equals(error.getKeyword()) && error.getInstanceLocation().getNameCount() == 0
				&& error.getProperty() != null;
	}

	/**
	 * Accepted unknown fields are dropped, so that none binds to a field of another kind.
	 */
	private static JsonNode without(JsonNode root, List<String> fields) {
		if (fields.isEmpty() || !(root instanceof ObjectNode object)) {
			return root;
		}
		ObjectNode copy = object.deepCopy();
		copy.remove(fields);
		return copy;
	}

	/** Numbers beyond 64-bit integers, which no field of the contract can hold. */
	private static void findNumbersOutOfRange(JsonNode node, StringBuilder path, List<Violation> violations) {
		int length = path.length();
		if (node.isNumber() && !node.canConvertToLong()) {
			violations.add(new Violation(path.toString(), "number is out of range"));
		}
		else if (node.isObject()) {
			for (Map.Entry<String, JsonNode> property : node.properties()) {
				findNumbersOutOfRange(property.getValue(), path.append('.').append(property.getKey()), violations);
				path.setLength(length);
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				findNumbersOutOfRange(node.get(i), path.append('[').append(i).append(']'), violations);
				path.setLength(length);
			}
		}
	}

	private void checkBodySize(JsonNode root, List<Violation> violations) {
		JsonNode body = root.path("body");
		if (body.isString() && body.asString().getBytes(StandardCharsets.UTF_8).length > this.maxBodyBytes) {
			violations.add(new Violation("$.body", "body is larger than " + this.maxBodyBytes + " bytes"));
		}
	}

	private ValidationResult bind(JsonNode root, List<Violation> warnings) {
		try {
			return new ValidationResult(ContractJson.mapper().treeToValue(root, CmsContent.class), List.of(), warnings);
		}
		catch (JacksonException ex) {
			return invalid(new Violation("$", "cannot be read as CMS content: " + ex.getOriginalMessage()));
		}
	}

	private static Violation toViolation(Error error) {
		StringBuilder path = jsonPath(error.getInstanceLocation());
		if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
			path.append('.').append(error.getProperty());
		}
		return new Violation(path.toString(), error.getMessage());
	}

	private static StringBuilder jsonPath(NodePath location) {
		StringBuilder path = new StringBuilder("$");
		for (int i = 0; i < location.getNameCount(); i++) {
			Object element = location.getElement(i);
			if (element instanceof Integer index) {
				path.append('[').append(index).append(']');
			}
			else {
				path.append('.').append(element);
			}
		}
		return path;
	}

	private static List<Violation> onePerPath(List<Violation> violations) {
		Map<String, String> byPath = new TreeMap<>();
		violations.forEach((v) -> byPath.merge(v.path(), v.message(), (a, b) -> a.equals(b) ? a : a + "; " + b));
		return byPath.entrySet().stream().map((e) -> new Violation(e.getKey(), e.getValue())).toList();
	}

	private static ValidationResult invalid(Violation violation) {
		return new ValidationResult(null, List.of(violation));
	}

	private static Schema load(SchemaRegistry registry, String resource) {
		try (InputStream in = CmsPayloadValidator.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("schema " + resource + " is missing from the classpath");
			}
			return registry.getSchema(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
