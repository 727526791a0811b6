package org.newsroom.pipeline.support.mongo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;

import org.newsroom.pipeline.contract.json.ContractJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Contract values as MongoDB documents and back, through Jackson's tree of the contract
 * mapping, so that a stored value has the same fields as its JSON event without printing
 * and parsing JSON text in between (which was a tenth of enrich's CPU).
 */
public final class BsonValues {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private BsonValues() {
	}

	/**
	 * A whole-number field of a stored document, such as a revision or a count.
	 * @param document the stored document
	 * @param field the field's name
	 * @return its value, 0 when the field is missing or holds no number (a document an
	 * older version wrote)
	 */
	public static long number(Document document, String field) {
		return (document.get(field) instanceof Number value) ? value.longValue() : 0;
	}

	/**
	 * A value as a document with the fields of its contract JSON.
	 * @param value a record of the contract, or {@code null}
	 * @return the document, {@code null} for {@code null}
	 */
	public static Document document(Object value) {
		if (value == null) {
			return null;
		}
		JsonNode tree = ContractJson.mapper().valueToTree(value);
		if (!tree.isObject()) {
			throw new IllegalArgumentException("Not an object: " + value.getClass().getName());
		}
		return (Document) bson(tree);
	}

	/**
	 * A document read back as a contract value.
	 * @param document a document {@link #document} wrote, or {@code null}
	 * @param type the value's type
	 * @param <T> the type
	 * @return the value, {@code null} for {@code null}
	 */
	public static <T> T value(Document document, Class<T> type) {
		return (document != null) ? ContractJson.mapper().treeToValue(tree(document), type) : null;
	}

	private static Object bson(JsonNode node) {
		if (node.isObject()) {
			Document document = new Document();
			for (Map.Entry<String, JsonNode> property : node.properties()) {
				document.append(property.getKey(), bson(property.getValue()));
			}
			return document;
		}
		if (node.isArray()) {
			List<Object> values = new ArrayList<>(node.size());
			node.forEach((element) -> values.add(bson(element)));
			return values;
		}
		if (node.isString()) {
			return node.asString();
		}
		if (node.isBoolean()) {
			return node.booleanValue();
		}
		if (node.isIntegralNumber()) {
			return node.canConvertToLong() ? (Object) node.longValue() : node.asString();
		}
		if (node.isFloatingPointNumber()) {
			return node.isBigDecimal() ? new Decimal128(node.decimalValue()) : node.doubleValue();
		}
		if (node.isBinary()) {
			return new Binary(node.binaryValue());
		}
		if (node.isNull() || node.isMissingNode()) {
			return null;
		}
		return node.asString();
	}

	private static JsonNode tree(Object value) {
		if (value instanceof Map<?, ?> map) {
			ObjectNode object = NODES.objectNode();
			map.forEach((name, field) -> object.set(String.valueOf(name), tree(field)));
			return object;
		}
		if (value instanceof List<?> list) {
			ArrayNode array = NODES.arrayNode(list.size());
			list.forEach((element) -> array.add(tree(element)));
			return array;
		}
		if (value instanceof String text) {
			return NODES.stringNode(text);
		}
		if (value instanceof Boolean flag) {
			return NODES.booleanNode(flag);
		}
		if (value instanceof Integer || value instanceof Long) {
			return NODES.numberNode(((Number) value).longValue());
		}
		if (value instanceof Double number) {
			return NODES.numberNode(number);
		}
		if (value instanceof Decimal128 number) {
			return NODES.numberNode(number.bigDecimalValue());
		}
		if (value instanceof Binary binary) {
			return NODES.binaryNode(binary.getData());
		}
		if (value == null) {
			return NODES.nullNode();
		}
		// a date or an id written by another client: as the JSON text a reader expects
		return NODES.stringNode(String.valueOf(value));
	}

}
