package org.newsroom.pipeline.enrich.entities;

/**
 * The kinds of named entities the enricher finds.
 */
enum EntityType {

	PERSON, ORGANISATION, PLACE;

	static EntityType parse(String value) {
		return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
			case "person", "per" -> PERSON;
			case "organisation", "organization", "org" -> ORGANISATION;
			case "place", "loc", "location" -> PLACE;
			default -> throw new IllegalArgumentException("unknown entity type " + value);
		};
	}

}
