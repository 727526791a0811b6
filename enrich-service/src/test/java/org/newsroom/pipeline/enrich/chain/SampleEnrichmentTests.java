package org.newsroom.pipeline.enrich.chain;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.contract.cms.CmsContent.Speaker;
import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.contract.events.ContentItem.Entity;
import org.newsroom.pipeline.contract.events.ContentItem.Subject;

import static org.assertj.core.api.Assertions.assertThat;

class SampleEnrichmentTests {

	@Test
	void enrichesTheBundestalkEpisode() {
		EnrichmentResult result = TestItems.standardChain().enrich(TestItems.sample(1));
		ContentItem item = result.item();
		assertThat(result.hasFailures()).as(result.provenance().toString()).isFalse();
		assertThat(item.language()).isEqualTo("de");
		assertThat(item.dateline()).isEqualTo(new ContentItem.Dateline("Berlin", "2024-11", "taz"));
		assertThat(item.located()).isEqualTo("Berlin");
		assertThat(names(item.people())).contains("Stefan Reinecke", "Bernd Pickert", "Barbara Oertel",
				"Tanja Tricarico");
		assertThat(names(item.places())).contains("Ukraine", "Russland", "Europa", "Berlin");
		assertThat(names(item.organisations())).contains("NATO");
		assertThat(codes(item.subjects())).contains("medtop:16000000", "medtop:11000000");
		assertThat(item.speakers()).containsExactly(new Speaker("Stefan Reinecke", "host"),
				new Speaker("Bernd Pickert", "guest"), new Speaker("Barbara Oertel", "guest"),
				new Speaker("Tanja Tricarico", "guest"));
	}

	@Test
	void describesTheEpisodeWithoutItsDateline() {
		ContentItem item = TestItems.standardChain().enrich(TestItems.sample(1)).item();
		assertThat(item.description()).startsWith("Das russische Militär").doesNotContain("taz |");
		assertThat(item.description().length()).isLessThanOrEqualTo(300);
		assertThat(item.bodyHtml()).startsWith("<p>date 2024-11 Berlin taz | Das russische");
		assertThat(item.type()).isEqualTo("audio");
		assertThat(item.readtime()).isEqualTo(3125);
		assertThat(item.renditions()).singleElement()
			.satisfies((r) -> assertThat(r.href()).endsWith("2024-11-ukraine.mp3"));
		assertThat(item.show().id()).isEqualTo("bundestalk");
		assertThat(item.uri()).isEqualTo("urn:newsroom:content:bundestalk-2024-11-ukraine");
	}

	@Test
	void countsPutinAndTrumpAsKnownPeople() {
		ContentItem item = TestItems.standardChain().enrich(TestItems.sample(1)).item();
		assertThat(item.people()).anySatisfy((p) -> {
			assertThat(p.normalized()).isEqualTo("Donald Trump");
			assertThat(p.count()).isEqualTo(2);
		});
		assertThat(names(item.people())).contains("Wladimir Putin");
	}

	@Test
	void enrichesTheGermanArticle() {
		ContentItem item = TestItems.standardChain().enrich(TestItems.sample(2)).item();
		assertThat(item.language()).isEqualTo("de");
		assertThat(item.section()).isEqualTo("wirtschaft");
		assertThat(item.dateline().place()).isEqualTo("Berlin");
		assertThat(names(item.organisations())).contains("GDL", "Deutsche Bahn");
		assertThat(names(item.people())).contains("Martin Seiler");
		assertThat(codes(item.subjects())).contains("medtop:09000000");
		assertThat(item.description()).startsWith("Die Gewerkschaft GDL ruft");
		assertThat(item.by()).isEqualTo("Anja Krüger");
		assertThat(item.pubstatus()).isEqualTo("usable");
	}

	@Test
	void enrichesTheEnglishArticleWithoutItsScript() {
		ContentItem item = TestItems.standardChain().enrich(TestItems.sample(3)).item();
		assertThat(item.language()).isEqualTo("en");
		assertThat(item.languageConflict()).isFalse();
		assertThat(item.dateline().place()).isEqualTo("Baku");
		assertThat(item.bodyHtml()).doesNotContain("<script").doesNotContain("alert");
		assertThat(item.description()).startsWith("Negotiators at the United Nations");
		assertThat(names(item.organisations())).contains("UN", "EU");
		assertThat(codes(item.subjects())).contains("medtop:06000000");
	}

	@Test
	void withholdsAnEmbargoedItem() {
		ContentItem item = TestItems.standardChain().enrich(TestItems.sample(6)).item();
		assertThat(item.pubstatus()).isEqualTo("withheld");
		assertThat(item.embargoed()).isNotNull();
	}

	private static List<String> names(List<Entity> entities) {
		return entities.stream().map(Entity::normalized).toList();
	}

	private static List<String> codes(List<Subject> subjects) {
		return subjects.stream().map(Subject::code).toList();
	}

}
