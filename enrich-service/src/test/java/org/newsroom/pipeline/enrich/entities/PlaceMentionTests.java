package org.newsroom.pipeline.enrich.entities;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.contract.events.ContentItem.Entity;
import org.newsroom.pipeline.enrich.chain.TestItems;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceMentionTests {

	@Test
	void findsCitiesRegionsAndCountriesBeyondTheGazetteer() {
		ContentItem item = enrich("de", "<p>In Gütersloh und Paderborn stimmte Ostwestfalen ab, wie auch Bolivien, "
				+ "Niedersachsen und die Toskana.</p>");
		assertThat(places(item)).contains("Gütersloh", "Paderborn", "Bolivien", "Niedersachsen", "Toskana");
		assertThat(origins(item)).containsOnly("gazetteer");
	}

	@Test
	void countsAPlaceThatIsAlsoACommonWordOnlyWithEvidence() {
		assertThat(places(enrich("de", "<p>Das Essen war kalt, die Halle voll und der Zug spät.</p>"))).isEmpty();
		assertThat(places(enrich("de", "<p>Der Gipfel in Essen begann. Essen bereitet sich vor.</p>")))
			.containsExactly("Essen");
		assertThat(places(enrich("en", "<p>Reading the report took hours.</p>"))).isEmpty();
		assertThat(places(enrich("en", "<p>Fans travelled from Reading. Reading lost.</p>")))
			.containsExactly("Reading");
		assertThat(places(enrich("en", "<p>The fire near Split, Croatia spread.</p>"))).contains("Split");
	}

	@Test
	void ignoresPlacesInsideOrganisationAndStreetNames() {
		ContentItem item = enrich("de",
				"<p>Eintracht Frankfurt spielte gegen Borussia Mönchengladbach an der Hamburger Allee.</p>");
		assertThat(places(item)).doesNotContain("Frankfurt", "Mönchengladbach");
		assertThat(places(enrich("en", "<p>The Bank of England met on London Road.</p>"))).isEmpty();
	}

	@Test
	void namesTheDatelineAndItsAgencyAsFoundByTheDateline() {
		ContentItem item = enrich("de", "<p>Passau (dpa/lby) - Der Stadtrat tagte in Passau.</p>");
		assertThat(item.places()).contains(new Entity("Passau", "Passau", 2, "dateline"));
		assertThat(item.organisations()).extracting(Entity::normalized, Entity::origin)
			.contains(org.assertj.core.groups.Tuple.tuple("dpa", "dateline"));
	}

	private static ContentItem enrich(String language, String body) {
		return TestItems.standardChain().enrich(TestItems.article("place-1", language, "Meldung", body)).item();
	}

	private static List<String> places(ContentItem item) {
		return item.places().stream().map(Entity::normalized).toList();
	}

	private static List<String> origins(ContentItem item) {
		return item.places().stream().map(Entity::origin).toList();
	}

}
