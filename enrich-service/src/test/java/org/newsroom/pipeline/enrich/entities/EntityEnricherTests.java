package org.newsroom.pipeline.enrich.entities;

import org.newsroom.pipeline.enrich.enrichment.EnricherChains;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.contract.events.ContentItem.Entity;
import org.newsroom.pipeline.enrich.chain.EnricherChain;
import org.newsroom.pipeline.enrich.chain.TestItems;
import org.newsroom.pipeline.enrich.keywords.InMemoryDocumentFrequencies;

import static org.assertj.core.api.Assertions.assertThat;

class EntityEnricherTests {

	@Test
	void countsSurnameMentionsTowardsThePersonFoundBefore() {
		ContentItem item = TestItems.standardChain()
			.enrich(TestItems.article("ent-1", "de", "Haushalt",
					"<p>Finanzministerin Petra Hausmann legte den Etat vor. Hausmann sagte, Hausmanns Plan sei solide.</p>"
							+ "<p>Wladimir Putin reagierte nicht. Putin schwieg.</p>"))
			.item();
		assertThat(item.people()).contains(new Entity("Petra Hausmann", "Petra Hausmann", 3, "rule"),
				new Entity("Wladimir Putin", "Wladimir Putin", 2, "gazetteer"));
	}

	@Test
	void findsEnglishPeopleByCapitalizationAndInflectedGermanPlaces() {
		ContentItem english = TestItems.standardChain()
			.enrich(TestItems.article("ent-2", "en", "Talks",
					"<p>Foreign Secretary David Lammy met Annalena Baerbock in Berlin. Russia's envoy stayed away.</p>"))
			.item();
		assertThat(names(english.people())).containsExactly("David Lammy", "Annalena Baerbock");
		assertThat(names(english.places())).contains("Berlin", "Russland");
		ContentItem german = TestItems.standardChain()
			.enrich(TestItems.article("ent-3", "de", "Gespräche",
					"<p>Die Führung Russlands und die Regierung Frankreichs sprachen über die Lage Europas.</p>"))
			.item();
		assertThat(names(german.places())).containsExactlyInAnyOrder("Russland", "Frankreich", "Europa");
	}

	@Test
	void readsAnOperatorsExtraGazetteer(@TempDir Path dir) throws IOException {
		Path extra = dir.resolve("extra.tsv");
		Files.writeString(extra, "# local additions\norganisation\tKiezküche e.V.\tKiezküche\nplace\tNeukölln\t\n");
		EnricherChain chain = EnricherChains.standard(new InMemoryDocumentFrequencies(), extra);
		ContentItem item = chain
			.enrich(TestItems.article("ent-4", "de", "Kiez", "<p>Die Kiezküche in Neukölln öffnet wieder.</p>"))
			.item();
		assertThat(names(item.organisations())).contains("Kiezküche e.V.");
		assertThat(names(item.places())).contains("Neukölln");
	}

	@Test
	void loadsAFewThousandGivenNamesWithoutTheSampleDiscussants() {
		GivenNames names = GivenNames.load();
		assertThat(names.size()).isGreaterThan(1000);
		assertThat(names.contains("Stefan")).isTrue();
		assertThat(names.contains("Reinecke")).isFalse();
	}

	private static List<String> names(List<Entity> entities) {
		return entities.stream().map(Entity::normalized).toList();
	}

}
