package org.newsroom.pipeline.enrich.episode;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.contract.cms.CmsContent;
import org.newsroom.pipeline.contract.cms.CmsContent.Speaker;
import org.newsroom.pipeline.contract.cms.ContentKind;
import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.enrich.chain.TestItems;

import static org.assertj.core.api.Assertions.assertThat;

class EpisodeEnricherTests {

	@Test
	void readsHostAndGuestsFromEnglishShowNotes() {
		ContentItem item = enrich("In this episode, host Sarah Mitchell talks with economist Daniel Brenner and "
				+ "climate researcher Laura Fischer about the summit in Baku.", List.of());
		assertThat(item.speakers()).containsExactly(new Speaker("Sarah Mitchell", "host"),
				new Speaker("Daniel Brenner", "guest"), new Speaker("Laura Fischer", "guest"));
		assertThat(item.readtime()).isEqualTo(1800);
	}

	@Test
	void keepsSpeakersGivenByTheCms() {
		List<Speaker> given = List.of(new Speaker("Anna Weber", "host"));
		ContentItem item = enrich("Heute spricht Anna Weber mit Jonas Krämer über Mieten.", given);
		assertThat(item.speakers()).isEqualTo(given);
	}

	private static ContentItem enrich(String notes, List<Speaker> speakers) {
		CmsContent content = new CmsContent("ep-1", ContentKind.EPISODE, 1, "Episode", null, notes, List.of(), null,
				List.of(), null, null, Instant.parse("2024-11-20T10:00:00Z"), null,
				new CmsContent.Show("weekly", "Weekly"),
				new CmsContent.Audio("https://media.example.org/e.mp3", "audio/mpeg", 1000, 1800), speakers, null, null,
				null, null);
		return TestItems.standardChain().enrich(TestItems.ingested(content)).item();
	}

}
