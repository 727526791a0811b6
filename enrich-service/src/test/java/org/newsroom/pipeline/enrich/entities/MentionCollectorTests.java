package org.newsroom.pipeline.enrich.entities;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.contract.events.ContentItem.Entity;

import static org.assertj.core.api.Assertions.assertThat;

class MentionCollectorTests {

	@Test
	void keepsTheMostMentionedEntitiesOfATextThatNamesHundreds() {
		MentionCollector collector = new MentionCollector();
		IntStream.range(0, 300).forEach((i) -> collector.mention(place("Ort " + i)));
		IntStream.range(0, 4).forEach((i) -> collector.mention(place("Hauptstadt")));

		List<Entity> places = collector.entities(EntityType.PLACE);

		assertThat(places).hasSize(MentionCollector.MAX_PER_TYPE);
		assertThat(places.get(0)).isEqualTo(new Entity("Hauptstadt", "Hauptstadt", 4, "rule"));
	}

	private static Mention place(String name) {
		return new Mention(EntityType.PLACE, name, name, "rule");
	}

}
