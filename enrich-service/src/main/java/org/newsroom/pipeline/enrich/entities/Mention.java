package org.newsroom.pipeline.enrich.entities;

/**
 * One mention of an entity in the text.
 *
 * @param type the entity type
 * @param surface the words as written
 * @param canonical the canonical name
 * @param origin {@code gazetteer} or {@code model}
 */
record Mention(EntityType type, String surface, String canonical, String origin) {
}
