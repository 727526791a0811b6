package org.newsroom.pipeline.local.compose;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Follows a property path below a property whose type the configuration metadata names
 * but does not describe: list elements, map values and the pipeline's own nested records
 * (the metadata stops at {@code pipeline.security.users}, the record says a user has a
 * {@code name}).
 */
final class PropertyTypes {

	private static final Set<String> COLLECTIONS = Set.of("java.util.List", "java.util.Set", "java.util.Collection");

	private static final Set<String> MAPS = Set.of("java.util.Map", "java.util.LinkedHashMap");

	private static final String PROJECT_PACKAGE = "org.newsroom.";

	private final ClassLoader projectClasses;

	PropertyTypes(ClassLoader projectClasses) {
		this.projectClasses = projectClasses;
	}

	/**
	 * Whether the rest of a path names something inside a value of the given type.
	 * @param type the type name as metadata and reflection spell it
	 * @param rest the elements after the property
	 * @return whether binding would find a place for the value
	 */
	boolean resolves(String type, List<String> rest) {
		if (rest.isEmpty()) {
			return true;
		}
		if (type == null) {
			return false;
		}
		String raw = raw(type);
		if (COLLECTIONS.contains(raw) || type.endsWith("[]")) {
			String element = type.endsWith("[]") ? type.substring(0, type.length() - 2) : arguments(type).get(0);
			return PropertyPath.isIndex(rest.get(0)) && resolves(element, rest.subList(1, rest.size()));
		}
		if (MAPS.contains(raw)) {
			List<String> arguments = arguments(type);
			String value = (arguments.size() == 2) ? arguments.get(1) : null;
			// Keys of a map of plain values may hold dots, so anything below the key
			// binds.
			return value == null || !isProject(value) || resolves(value, rest.subList(1, rest.size()));
		}
		if (isProject(raw)) {
			String member = memberType(raw, rest.get(0));
			return member != null && resolves(member, rest.subList(1, rest.size()));
		}
		return false;
	}

	private boolean isProject(String type) {
		return type.startsWith(PROJECT_PACKAGE);
	}

	private String memberType(String className, String element) {
		Class<?> type = load(className);
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				if (component.getName().toLowerCase(Locale.ROOT).equals(element)) {
					return component.getGenericType().getTypeName();
				}
			}
			return null;
		}
		for (Field field : type.getDeclaredFields()) {
			if (!Modifier.isStatic(field.getModifiers()) && field.getName().toLowerCase(Locale.ROOT).equals(element)) {
				return field.getGenericType().getTypeName();
			}
		}
		return null;
	}

	private Class<?> load(String className) {
		try {
			return Class.forName(className, false, this.projectClasses);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(className + " is not compiled; build its module first", ex);
		}
	}

	static String raw(String type) {
		int generic = type.indexOf('<');
		return (generic >= 0) ? type.substring(0, generic) : type;
	}

	static List<String> arguments(String type) {
		int open = type.indexOf('<');
		List<String> arguments = new ArrayList<>();
		if (open < 0) {
			return arguments;
		}
		int depth = 0;
		int start = open + 1;
		for (int i = start; i < type.length() - 1; i++) {
			char c = type.charAt(i);
			depth += (c == '<') ? 1 : (c == '>') ? -1 : 0;
			if (c == ',' && depth == 0) {
				arguments.add(type.substring(start, i).trim());
				start = i + 1;
			}
		}
		arguments.add(type.substring(start, type.lastIndexOf('>')).trim());
		return arguments;
	}

}
