package org.newsroom.pipeline.contract.validation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EditDistanceTests {

	@Test
	void countsNothingForEqualTexts() {
		assertThat(EditDistance.between("embargoedUntil", "embargoedUntil")).isZero();
		assertThat(EditDistance.between("", "")).isZero();
	}

	@Test
	void countsEveryInsertionDeletionAndSubstitution() {
		assertThat(EditDistance.between("embargoUntil", "embargoedUntil")).isEqualTo(2);
		assertThat(EditDistance.between("authors", "author")).isEqualTo(1);
		assertThat(EditDistance.between("section", "sektion")).isEqualTo(1);
		assertThat(EditDistance.between("", "body")).isEqualTo(4);
		assertThat(EditDistance.between("kind", "")).isEqualTo(4);
	}

	@Test
	void countsTwoSwappedNeighboursAsOneEdit() {
		assertThat(EditDistance.between("haedline", "headline")).isEqualTo(1);
		assertThat(EditDistance.between("contnetId", "contentId")).isEqualTo(1);
	}

	@Test
	void isTheSameInBothDirections() {
		assertThat(EditDistance.between("transcriptUrl", "chaptersUrl"))
			.isEqualTo(EditDistance.between("chaptersUrl", "transcriptUrl"));
	}

}
