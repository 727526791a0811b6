package org.newsroom.pipeline.ingest.intake;

import java.text.Normalizer;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Normalises every text of a CMS payload: Unicode NFC, control characters removed (line
 * breaks and tabs kept, they carry paragraphs), surrounding whitespace trimmed.
 */
final class TextNormalizer {

	private TextNormalizer() {
	}

	/**
	 * Normalises every string in a JSON tree, in place.
	 * @param node the payload
	 * @return the same node, for chaining
	 */
	static JsonNode normalize(JsonNode node) {
		if (node instanceof ObjectNode object) {
			for (Map.Entry<String, JsonNode> entry : object.properties()) {
				if (entry.getValue().isString()) {
					object.put(entry.getKey(), text(entry.getValue().asString()));
				}
				else {
					normalize(entry.getValue());
				}
			}
		}
		else if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				if (array.get(i).isString()) {
					array.set(i, StringNode.valueOf(text(array.get(i).asString())));
				}
				else {
					normalize(array.get(i));
				}
			}
		}
		return node;
	}

	/**
	 * Normalises one text.
	 * @param value the text
	 * @return NFC, without control characters, trimmed
	 */
	static String text(String value) {
		String nfc = Normalizer.normalize(value, Normalizer.Form.NFC);
		StringBuilder clean = new StringBuilder(nfc.length());
		nfc.codePoints().filter(TextNormalizer::isKept).forEach(clean::appendCodePoint);
		return clean.toString().strip();
	}

	private static boolean isKept(int codePoint) {
		if (codePoint == '\n' || codePoint == '\t') {
			return true;
		}
		return !Character.isISOControl(codePoint) && Character.getType(codePoint) != Character.SURROGATE
				&& codePoint != 0xFFFE && codePoint != 0xFFFF;
	}

}
