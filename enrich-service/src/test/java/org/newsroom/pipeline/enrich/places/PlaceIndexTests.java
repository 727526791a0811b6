package org.newsroom.pipeline.enrich.places;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceIndexTests {

	private final PlaceIndex index = PlaceIndex.standard();

	@Test
	void namesEveryCountryInGermanAndEnglish() {
		assertThat(canonical("Frankreich")).isEqualTo("Frankreich");
		assertThat(canonical("France")).isEqualTo("Frankreich");
		assertThat(canonical("Burkina Faso")).isEqualTo("Burkina Faso");
		assertThat(canonical("Elfenbeinküste")).isEqualTo(canonical("Ivory Coast"));
		assertThat(canonical("United States")).isEqualTo("USA");
		assertThat(canonical("Vereinigte Staaten")).isEqualTo("USA");
	}

	@Test
	void namesContinentsAndWorldRegions() {
		assertThat(canonical("Europe")).isEqualTo("Europa");
		assertThat(canonical("Südostasien")).isEqualTo("Südostasien");
		assertThat(canonical("Southeast Asia")).isEqualTo("Südostasien");
		assertThat(canonical("Latin America")).isEqualTo("Lateinamerika");
		assertThat(canonical("Middle East")).isEqualTo("Nahost");
		assertThat(canonical("Naher Osten")).isEqualTo("Nahost");
		assertThat(canonical("Sahel")).isEqualTo("Sahel");
		assertThat(canonical("Balkans")).isEqualTo("Balkan");
	}

	@Test
	void namesFirstLevelRegionsInGermanAndEnglish() {
		assertThat(canonical("Bavaria")).isEqualTo("Bayern");
		assertThat(canonical("Lower Saxony")).isEqualTo("Niedersachsen");
		assertThat(canonical("Tyrol")).isEqualTo("Tirol");
		assertThat(canonical("Tessin")).isEqualTo(canonical("Ticino"));
		assertThat(canonical("Saskatchewan")).isEqualTo("Saskatchewan");
		assertThat(canonical("Connacht")).isEqualTo("Connacht");
		assertThat(canonical("Kerry")).isEqualTo("Kerry");
		assertThat(canonical("Katalonien")).isEqualTo(canonical("Catalonia"));
		assertThat(canonical("Masowien")).isEqualTo(canonical("Mazovia"));
	}

	@Test
	void namesCitiesOfFifteenThousandAndTheirExonyms() {
		assertThat(canonical("Geneva")).isEqualTo("Genf");
		assertThat(canonical("Milan")).isEqualTo("Mailand");
		assertThat(canonical("Munich")).isEqualTo("München");
		assertThat(canonical("Beijing")).isEqualTo("Peking");
		assertThat(canonical("Zurich")).isEqualTo("Zürich");
		assertThat(canonical("Halle")).isEqualTo("Halle");
		assertThat(canonical("Frankfurt am Main")).isEqualTo("Frankfurt");
		assertThat(canonical("Gütersloh")).isEqualTo("Gütersloh");
		assertThat(canonical("Galway")).isEqualTo("Galway");
		assertThat(this.index.contains("Klar")).isFalse();
	}

	@Test
	void marksNamesThatAreAlsoCommonWords() {
		assertThat(this.index.lookup("Essen").isCommonWordIn("de")).isTrue();
		assertThat(this.index.lookup("Essen").isCommonWordIn("en")).isFalse();
		assertThat(this.index.lookup("Reading").isCommonWordIn("en")).isTrue();
		assertThat(this.index.lookup("Berlin").isCommonWordIn("de")).isFalse();
	}

	@Test
	void matchesTheLongestNameAndGermanGenitives() {
		List<String> words = List.of("in", "Frankfurt", "am", "Main", "und", "Bayerns", "Hauptstadt");
		assertThat(this.index.match(words, 1)).extracting(PlaceMatch::length, PlaceMatch::canonical)
			.containsExactly(3, "Frankfurt");
		assertThat(this.index.match(words, 5).canonical()).isEqualTo("Bayern");
		assertThat(this.index.match(words, 0)).isNull();
	}

	@Test
	void staysSmallEnoughForTheEnrichHeap() {
		assertThat(this.index.size()).isBetween(20_000, 100_000);
	}

	private String canonical(String name) {
		PlaceMatch match = this.index.lookup(name);
		return (match != null) ? match.canonical() : null;
	}

}
