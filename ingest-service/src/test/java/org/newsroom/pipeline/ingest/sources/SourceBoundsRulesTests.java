package org.newsroom.pipeline.ingest.sources;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SourceBoundsRulesTests {

	@Test
	void allowsOnlyItsOwnSourcesAndPrefixes() {
		SourceBounds desk = new SourceBounds("the token of desk", List.of("cms://desk"), List.of("desk-"));

		assertThat(desk.refusal("cms://desk", "desk-1")).isEmpty();
		assertThat(desk.refusal("cms://wire", "desk-1")).hasValueSatisfying(
				(refusal) -> assertThat(refusal.reason()).contains("may not send events of source 'cms://wire'"));
		assertThat(desk.refusal("cms://desk", "wire-1"))
			.hasValueSatisfying((refusal) -> assertThat(refusal.refused()).isEqualTo("contentId"));
	}

	@Test
	void allowsEverythingWithTheWildcardAndNothingWithoutEntries() {
		SourceBounds demo = new SourceBounds("the token of local-cms", List.of(SourceBounds.ANY),
				List.of(SourceBounds.ANY));
		SourceBounds none = new SourceBounds("the token of empty", List.of(), List.of());

		assertThat(demo.refusal("https://any.example/cms", "story-42")).isEmpty();
		assertThat(none.refusal("cms://desk", "desk-1")).isPresent();
	}

}
