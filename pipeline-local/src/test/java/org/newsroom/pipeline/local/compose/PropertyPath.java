package org.newsroom.pipeline.local.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A configuration property name in Spring Boot's canonical form: lower case, no dashes,
 * list indexes as elements of their own such as {@code [0]}.
 *
 * @param elements the names and indexes, in order
 */
record PropertyPath(List<String> elements) {

	/**
	 * Maps an environment variable the way Spring Boot's relaxed binding does: lower
	 * case, {@code _} separates elements, a numeric element is a list index. So
	 * {@code PIPELINE_SECURITY_USERS_0_NAME} is {@code pipeline.security.users[0].name}.
	 * @param variable the variable name
	 * @return the property it binds to
	 */
	static PropertyPath fromEnvironment(String variable) {
		List<String> elements = new ArrayList<>();
		for (String part : variable.toLowerCase(Locale.ROOT).split("_", -1)) {
			elements.add(part.chars().allMatch(Character::isDigit) && !part.isEmpty() ? "[" + part + "]" : part);
		}
		return new PropertyPath(List.copyOf(elements));
	}

	/**
	 * The canonical form of a name from configuration metadata, such as
	 * {@code spring.kafka.bootstrap-servers}.
	 * @param name the dashed name
	 * @return the canonical name, such as {@code spring.kafka.bootstrapservers}
	 */
	static String canonical(String name) {
		return name.toLowerCase(Locale.ROOT).replace("-", "");
	}

	static boolean isIndex(String element) {
		return element.startsWith("[");
	}

	@Override
	public String toString() {
		StringBuilder name = new StringBuilder();
		for (String element : this.elements) {
			if (!name.isEmpty() && !isIndex(element)) {
				name.append('.');
			}
			name.append(element);
		}
		return name.toString();
	}

}
