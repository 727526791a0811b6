package org.newsroom.pipeline.enrich.places;

/**
 * What a place is; when two places share a name, the later kind keeps it.
 */
public enum PlaceKind {

	/** A city of fewer than {@link PlaceIndex#LARGE_CITY} inhabitants. */
	SMALL_CITY,

	/** A first-level region such as a German Land or a US state. */
	REGION,

	/** A city of at least {@link PlaceIndex#LARGE_CITY} inhabitants. */
	LARGE_CITY,

	/** A city of at least {@link PlaceIndex#MAJOR_CITY} inhabitants. */
	MAJOR_CITY,

	/** A continent, a UN M.49 region or an area such as the Sahel. */
	WORLD_REGION,

	/** A country or territory with an ISO 3166 code. */
	COUNTRY

}
