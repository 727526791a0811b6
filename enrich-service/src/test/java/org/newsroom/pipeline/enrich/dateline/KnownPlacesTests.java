package org.newsroom.pipeline.enrich.dateline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KnownPlacesTests {

	private final KnownPlaces places = KnownPlaces.load();

	@Test
	void knowsTheGazetteersPlacesAndTheirAliases() {
		assertThat(this.places).accepts("Berlin", "Genf", "Geneva", "Frankfurt am Main");
	}

	@Test
	void knowsNoOrganisationPersonOrOrdinaryWord() {
		assertThat(this.places).rejects("Klar", "Die", "Bundestag", "Putin", "");
	}

}
