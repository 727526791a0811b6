package org.newsroom.pipeline.local.e2e;

import tools.jackson.databind.JsonNode;

/**
 * Reads a content API item where ninjs 2.3 puts its fields, as a client would.
 */
public final class Ninjs {

	private Ninjs() {
	}

	/**
	 * The CMS revision the item is at.
	 * @param item a content API item
	 * @return its ninjs {@code version} as a number, or -1 without one
	 */
	public static long version(JsonNode item) {
		JsonNode version = item.path("version");
		return version.isString() ? Long.parseLong(version.asString()) : -1;
	}

	/**
	 * The main headline.
	 * @param item a content API item
	 * @return the value of the headline of role {@code main}, or {@code null}
	 */
	public static String headline(JsonNode item) {
		return valueWhere(item.path("headlines"), "role", "main");
	}

	/**
	 * The body in one format.
	 * @param item a content API item
	 * @param contenttype {@code text/html} or {@code text/plain}
	 * @return the value of the main body of that type, or {@code null}
	 */
	public static String body(JsonNode item, String contenttype) {
		return valueWhere(item.path("bodies"), "contenttype", contenttype);
	}

	private static String valueWhere(JsonNode array, String field, String wanted) {
		for (JsonNode element : array) {
			if (wanted.equals(element.path(field).asString())) {
				return element.path("value").asString();
			}
		}
		return null;
	}

}
