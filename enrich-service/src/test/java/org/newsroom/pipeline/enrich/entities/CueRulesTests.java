package org.newsroom.pipeline.enrich.entities;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.contract.events.ContentItem.Entity;
import org.newsroom.pipeline.enrich.chain.TestItems;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People, organisations and places that no list knows, found from the cue words around
 * them. The names are invented, so that only the rules can find them.
 */
class CueRulesTests {

	@Test
	void findsAPersonAfterARoleAndCountsTheSurnameForTheFullName() {
		ContentItem item = enrich("de", "<p>Bürgermeisterin Renate Ahlgrimm eröffnete die Brücke. "
				+ "Trainer Hollweg lobte das Team. Später sagte Bürgermeisterin Ahlgrimm, alles sei gut.</p>");
		assertThat(names(item.people())).containsExactlyInAnyOrder("Renate Ahlgrimm", "Hollweg");
		assertThat(item.people()).filteredOn((p) -> p.normalized().equals("Renate Ahlgrimm"))
			.singleElement()
			.satisfies((p) -> assertThat(p.count()).isEqualTo(2));
	}

	@Test
	void takesNoStreetForAPerson() {
		ContentItem item = enrich("en", "<p>Traffic was stopped on Grace Street for most of the morning.</p>");
		assertThat(item.people()).isEmpty();
	}

	@Test
	void findsAnOrganisationByItsLegalFormWithoutTheWordDescribingIt() {
		ContentItem item = enrich("de",
				"<p>Der Logistikkonzern Nordstern Logistik AG verlegt seinen Sitz. Der Autobauer Brandtwerk folgt.</p>");
		assertThat(names(item.organisations())).contains("Nordstern Logistik AG", "Brandtwerk");
	}

	@Test
	void linksAnAcronymToTheNameItAbbreviates() {
		ContentItem item = enrich("en",
				"<p>The Guild of Lantern Makers (GLM) met in the town hall. GLM members voted to strike.</p>");
		assertThat(item.organisations()).singleElement().satisfies((o) -> {
			assertThat(o.normalized()).isEqualTo("Guild of Lantern Makers");
			assertThat(o.count()).isEqualTo(2);
		});
	}

	@Test
	void takesAPartyInParenthesesAfterAPersonForAnOrganisation() {
		ContentItem item = enrich("de", "<p>Stadträtin Jana Wellbrock (Bürgerliste) kritisierte den Plan.</p>");
		assertThat(names(item.people())).containsExactly("Jana Wellbrock");
		assertThat(names(item.organisations())).containsExactly("Bürgerliste");
	}

	@Test
	void findsLakesAndRiversByTheirCommonNouns() {
		ContentItem item = enrich("en", "<p>Anglers gathered at Lake Tamsworth and along the Wellow River.</p>");
		assertThat(names(item.places())).contains("Lake Tamsworth", "Wellow River");
	}

	private static ContentItem enrich(String language, String html) {
		return TestItems.standardChain().enrich(TestItems.article("cue-" + html.hashCode(), language, "", html)).item();
	}

	private static List<String> names(List<Entity> entities) {
		return entities.stream().map(Entity::normalized).toList();
	}

}
