package org.newsroom.pipeline.contract.validation;

import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

/**
 * The top-level fields a schema defines, read from its {@code properties}, so that a
 * field the schema does not know can be named together with the field that was probably
 * meant.
 */
final class SchemaFields {

	/** Longer names are cut in a reason; the name comes from the sender, not from us. */
	private static final int MAX_SHOWN_LENGTH = 100;

	private final String schemaName;

	private final List<String> known;

	private final int longestKnown;

	private SchemaFields(String schemaName, List<String> known) {
		this.schemaName = schemaName;
		this.known = known;
		this.longestKnown = known.stream().mapToInt(String::length).max().orElse(0);
	}

	/**
	 * The fields of a schema.
	 * @param schema the schema document
	 * @return its name, the last part of its {@code $id}, and its top-level fields
	 */
	static SchemaFields of(JsonNode schema) {
		String id = schema.path("$id").asString("");
		String name = id.substring(id.lastIndexOf(':') + 1);
		return new SchemaFields(name, List.copyOf(schema.path("properties").propertyNames()));
	}

	/**
	 * Whether the schema defines a top-level field.
	 * @param field the field name
	 * @return {@code true} when it does
	 */
	boolean isKnown(String field) {
		return this.known.contains(field);
	}

	/**
	 * Why a field is not accepted, with the closest known field where one is close.
	 * @param field a field the schema does not define
	 * @return the violation at the field's path
	 */
	Violation unknown(String field) {
		String shown = shown(field);
		String message = "`" + shown + "` is not a field of " + this.schemaName;
		String closest = closest(field);
		if (closest != null) {
			message += "; did you mean `" + closest + "`?";
		}
		return new Violation("$." + shown, message);
	}

	/**
	 * The known field fewest edits away, ignoring case, if it is close enough to be a
	 * typo: at most one edit per three characters of the unknown name, at least one.
	 * @param field a field the schema does not define
	 * @return the known field, or {@code null} when none is close
	 */
	String closest(String field) {
		int allowed = Math.max(1, field.length() / 3);
		if (field.length() > this.longestKnown + allowed) {
			return null;
		}
		String lower = field.toLowerCase(Locale.ROOT);
		String closest = null;
		int best = allowed + 1;
		for (String candidate : this.known) {
			int distance = EditDistance.between(lower, candidate.toLowerCase(Locale.ROOT));
			if (distance < best) {
				best = distance;
				closest = candidate;
			}
		}
		return closest;
	}

	private static String shown(String field) {
		if (field.codePointCount(0, field.length()) <= MAX_SHOWN_LENGTH) {
			return field;
		}
		return field.substring(0, field.offsetByCodePoints(0, MAX_SHOWN_LENGTH)) + "…";
	}

}
