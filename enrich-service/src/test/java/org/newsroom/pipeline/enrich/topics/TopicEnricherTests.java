package org.newsroom.pipeline.enrich.topics;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.contract.events.ContentItem.Subject;
import org.newsroom.pipeline.enrich.chain.TestItems;

import static org.assertj.core.api.Assertions.assertThat;

class TopicEnricherTests {

	@Test
	void loadsTheSeventeenTopLevelTopicsWithGermanAndEnglishLabels() {
		TopicRules rules = TopicRules.load();
		List<TopicRules.Topic> topLevel = rules.topics().stream().filter((t) -> t.parent() == null).toList();
		assertThat(topLevel).hasSize(17).allSatisfy((t) -> {
			assertThat(t.code()).matches("medtop:\\d{2}000000");
			assertThat(t.label("de")).isNotBlank();
			assertThat(t.label("en")).isNotBlank();
		});
		assertThat(rules.topics()).anySatisfy((t) -> assertThat(t.code()).isEqualTo("medtop:20000056"));
	}

	@Test
	void labelsTopicsInTheItemsLanguage() {
		ContentItem item = TestItems.standardChain().enrich(TestItems.sample(1)).item();
		assertThat(item.subjects()).anySatisfy((s) -> {
			assertThat(s.code()).isEqualTo("medtop:16000000");
			assertThat(s.name()).isEqualTo("Konflikt, Krieg und Frieden");
			assertThat(s.confidence()).isBetween(0.5, 1.0);
		});
	}

	@Test
	void assignsSportToAMatchReport() {
		ContentItem item = TestItems.standardChain()
			.enrich(TestItems.article("sport-1", "en", "Arsenal beat Chelsea in the league",
					"<p>Arsenal won the match 2-0. The coach praised the team after two goals in the second half.</p>"))
			.item();
		assertThat(item.subjects()).extracting(Subject::code).first().isEqualTo("medtop:15000000");
		assertThat(item.subjects()).extracting(Subject::code).doesNotContain("medtop:16000000");
	}

	@Test
	void takesNoArtsTopicFromTheNameOfRomania() {
		ContentItem item = TestItems.standardChain()
			.enrich(TestItems.article("romania-1", "en", "Romania elects a president",
					"<p>Voters in Romania chose a president on Sunday. Romanian officials said turnout in Romania was high.</p>"))
			.item();
		assertThat(item.subjects()).extracting(Subject::code).doesNotContain("medtop:01000000");
	}

}
