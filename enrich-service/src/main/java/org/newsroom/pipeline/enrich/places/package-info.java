/**
 * Names of countries, world regions, first-level regions and cities from open data (the
 * JDK's CLDR names, Unicode CLDR subdivisions, GeoNames), for the entity and dateline
 * enrichers.
 */
package org.newsroom.pipeline.enrich.places;
