package org.newsroom.pipeline.enrich.topics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The IPTC Media Topics taxonomy with the rules that assign them, read from
 * {@code enrich/topics.json}.
 *
 * @param scale score at which confidence reaches 1 - 1/e
 * @param threshold lowest confidence assigned
 * @param maxTopics most topics assigned to one item
 * @param topics the topics with their rules
 */
record TopicRules(double scale, double threshold, int maxTopics, List<Topic> topics) {

	static final String RESOURCE = "enrich/topics.json";

	static TopicRules load() {
		try (InputStream in = TopicRules.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " not on the classpath");
			}
			JsonNode root = JsonMapper.builder().build().readTree(in);
			List<Topic> topics = new ArrayList<>();
			root.path("topics").forEach((node) -> topics.add(topic(node)));
			return new TopicRules(root.path("scale").asDouble(4.0), root.path("threshold").asDouble(0.5),
					root.path("maxTopics").asInt(6), List.copyOf(topics));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Topic topic(JsonNode node) {
		JsonNode parent = node.path("parent");
		return new Topic(node.path("code").asString(), parent.isNull() ? null : parent.asString(null),
				Map.of("en", node.path("labels").path("en").asString(), "de",
						node.path("labels").path("de").asString()),
				strings(node.path("terms")), strings(node.path("entities")), strings(node.path("sections")));
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach((v) -> values.add(v.asString()));
		return List.copyOf(values);
	}

	/**
	 * One Media Topic and its rules.
	 *
	 * @param code such as {@code medtop:16000000}
	 * @param parent the broader topic's code, or {@code null} for a top-level one
	 * @param labels label by language
	 * @param terms words or word stems, optionally limited to a language as
	 * {@code en:war}
	 * @param entities canonical entity names
	 * @param sections CMS sections
	 */
	record Topic(String code, String parent, Map<String, String> labels, List<String> terms, List<String> entities,
			List<String> sections) {

		String label(String language) {
			return "de".equals(language) ? this.labels.get("de") : this.labels.get("en");
		}

	}

}
