package org.newsroom.pipeline.enrich.entities;

/**
 * One mention of an entity in the text.
 *
 * @param type the entity type
 * @param surface the words as written
 * @param canonical the canonical name
 * @param origin what found it: {@code gazetteer} (a list, open-data places included),
 * {@code rule} (a pattern such as a given name followed by proper nouns) or
 * {@code dateline}
 */
record Mention(EntityType type, String surface, String canonical, String origin) {

	static final String GAZETTEER = "gazetteer";

	static final String RULE = "rule";

	static final String DATELINE = "dateline";

}
